package com.lstmexplorer.sequences;

import com.lstmexplorer.model.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns what a user typed or uploaded into checked sequences. Each failure names the problem and
 * where it is (line and column, both 1-based, counted as the user sees the input): an
 * IllegalArgumentException (400), or a 413 ResponseStatusException for input over the size limit.
 * Blank lines are dropped; CRLF and lone CR line ends and a UTF-8 byte-order mark are accepted.
 */
public final class SequenceInput {
    private SequenceInput() {
    }

    /** The sequences of an uploaded file: strict UTF-8 text, one sequence per line. */
    public static List<String> fromFile(byte[] bytes, SequenceLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the file is empty: upload UTF-8 text with one sequence per line");
        }
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge("the file is " + bytes.length + " bytes", limits);
        }
        return collect(lines(Utf8Text.decode(bytes)), true, limits);
    }

    /** The sequences of the multipart part {@code file} (null when the request has no such part). */
    public static List<String> fromUpload(MultipartFile file, SequenceLimits limits) {
        if (file == null) {
            throw new IllegalArgumentException("the multipart request has no 'file' part: send the sequences as a"
                    + " part named 'file' (UTF-8 text, one sequence per line)");
        }
        if (file.getSize() > limits.maxBytes()) {
            throw tooLarge("the file is " + file.getSize() + " bytes", limits);
        }
        try {
            return fromFile(file.getBytes(), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** Sequences given one by one (e.g. JSON {@code "sequences"}); a trailing CR on an entry is dropped. */
    public static List<String> fromList(List<String> sequences, SequenceLimits limits) {
        if (sequences == null || sequences.isEmpty()) {
            throw new IllegalArgumentException("no sequences given: send {\"sequences\": [\"...\", ...]} with at"
                    + " least one non-blank sequence, or upload a file");
        }
        long bytes = 0;
        List<String> lines = new ArrayList<>(sequences.size());
        for (int i = 0; i < sequences.size(); i++) {
            String s = sequences.get(i);
            if (s == null) {
                throw new IllegalArgumentException("line " + (i + 1) + " is null; every sequence must be a string");
            }
            s = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            bytes += s.getBytes(StandardCharsets.UTF_8).length + 1;
            lines.add(s);
        }
        if (bytes > limits.maxBytes()) {
            throw tooLarge("the sequences are " + bytes + " bytes of UTF-8 text (a line end counted for each)", limits);
        }
        return collect(lines, false, limits);
    }

    /** Fails naming line and column of the first character outside {@code vocabulary}. */
    public static void checkVocabulary(List<String> sequences, Vocabulary vocabulary) {
        for (int i = 0; i < sequences.size(); i++) {
            String s = sequences.get(i);
            for (int col = 0; col < s.length(); col++) {
                if (!vocabulary.contains(s.charAt(col))) {
                    throw new IllegalArgumentException("character " + Characters.describe(s.charAt(col))
                            + " at line " + NumberedLines.lineOf(sequences, i) + ", column " + (col + 1)
                            + " is not in this network's vocabulary " + vocabulary);
                }
            }
        }
    }

    /** Splits at LF, CRLF or a lone CR; the line after a final line end is empty (and dropped later). */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Drops blank lines and checks the rest against the limits, naming each line by its input number. */
    private static List<String> collect(List<String> lines, boolean fromFile, SequenceLimits limits) {
        long count = lines.stream().filter(line -> !line.isBlank()).count();
        if (count == 0) {
            throw new IllegalArgumentException((fromFile ? "the file" : "the input")
                    + " holds no sequences: it is empty or only blank lines; give one sequence per line");
        }
        if (count > limits.maxLines()) {
            throw new IllegalArgumentException((fromFile ? "the file" : "the input") + " has " + count
                    + " sequences (non-blank lines); the limit is " + limits.maxLines()
                    + " (setting " + SequenceLimits.PREFIX + "max-lines)");
        }
        List<String> kept = new ArrayList<>((int) count);
        int[] numbers = new int[(int) count];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > limits.maxLineLength()) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + line.length()
                        + " characters; the limit is " + limits.maxLineLength()
                        + " (setting " + SequenceLimits.PREFIX + "max-line-length)");
            }
            Characters.check(line, i + 1, fromFile);
            numbers[kept.size()] = i + 1;
            kept.add(line);
        }
        return new NumberedLines(kept, numbers);
    }

    private static ResponseStatusException tooLarge(String what, SequenceLimits limits) {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, what + "; the limit is " + limits.maxBytes()
                + " bytes (setting " + SequenceLimits.PREFIX + "max-bytes)");
    }
}
