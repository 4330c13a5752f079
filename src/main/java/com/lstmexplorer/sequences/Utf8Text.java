package com.lstmexplorer.sequences;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of an uploaded file. {@code new String(bytes, UTF_8)} would quietly turn a Latin-1
 * file or a picture into replacement characters; here every such file is refused with the byte
 * offset and line of the first bad byte, so the user knows what to fix.
 */
final class Utf8Text {
    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of {@code bytes}, without a leading UTF-8 byte-order mark. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new IllegalArgumentException("the file is UTF-16 text (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8 and upload it again");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            // Text never holds NUL; images, archives, class files and UTF-16 text do, usually in the first bytes.
            throw new IllegalArgumentException("this looks like a binary file, not UTF-8 text: it holds a NUL byte"
                    + " at byte offset " + nul + " (line " + lineAt(bytes, nul) + ")");
        }
        String text = strictUtf8(bytes);
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position(); // the decoder stops at the first byte of the bad sequence
            throw new IllegalArgumentException(String.format(
                    "the file is not UTF-8 text: byte 0x%02X at byte offset %d (line %d) does not start a valid"
                            + " UTF-8 character; save the file as UTF-8 and upload it again",
                    bytes[offset] & 0xFF, offset, lineAt(bytes, offset)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of byte {@code offset}: one more than the line feeds before it. */
    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
