package com.lstmexplorer.sequences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class SequenceInputTest {
    private static final SequenceLimits LIMITS = new SequenceLimits(100L, 3, 10, 100);

    private static List<String> file(String text) {
        return SequenceInput.fromFile(text.getBytes(StandardCharsets.UTF_8), LIMITS);
    }

    private static String fileError(byte[] bytes) {
        return assertThrows(IllegalArgumentException.class, () -> SequenceInput.fromFile(bytes, LIMITS)).getMessage();
    }

    private static String fileError(String text) {
        return fileError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsOneSequencePerLineDroppingBlankLines() {
        assertEquals(List.of("aaXbb", "aXb"), file("aaXbb\n\n  \naXb\n"));
    }

    @Test
    void acceptsWindowsLineEndsLoneCarriageReturnsAndAByteOrderMark() {
        assertEquals(List.of("aaXbb", "aXb"), file("\uFEFFaaXbb\r\naXb\r\n"));
        assertEquals(List.of("ab", "cd"), file("ab\rcd"));
    }

    @Test
    void rejectsEmptyFilesAndFilesOfBlankLines() {
        assertTrue(fileError(new byte[0]).contains("the file is empty"));
        assertTrue(fileError("\n \r\n\t\n").contains("only blank lines"));
        assertTrue(fileError("\uFEFF").contains("only blank lines"));
    }

    @Test
    void namesTheLineThatIsTooLongAndTheLimit() {
        String message = fileError("ab\n\nabcdefghijk\n");
        assertEquals("line 3 has 11 characters; the limit is 10 (setting lstm-explorer.sequences.max-line-length)",
                message);
    }

    @Test
    void countsNonBlankLinesAgainstTheLimit() {
        assertEquals(List.of("a", "b", "c"), file("a\n\nb\n\nc\n"));
        String message = fileError("a\nb\nc\nd\n");
        assertTrue(message.contains("4 sequences") && message.contains("the limit is 3")
                && message.contains("lstm-explorer.sequences.max-lines"), message);
    }

    @Test
    void aFileOverTheSizeLimitIsA413NamingSizeAndLimit() {
        byte[] big = "abcdefghi\n".repeat(11).getBytes(StandardCharsets.UTF_8);
        ResponseStatusException e = assertThrows(ResponseStatusException.class,
                () -> SequenceInput.fromFile(big, LIMITS));
        assertEquals(HttpStatus.CONTENT_TOO_LARGE, e.getStatusCode());
        assertEquals("the file is 110 bytes; the limit is 100 bytes (setting lstm-explorer.sequences.max-bytes)",
                e.getReason());
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByOffsetAndLine() {
        byte[] latin1 = "ab\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        String message = fileError(latin1);
        assertTrue(message.startsWith("the file is not UTF-8 text: byte 0xE9 at byte offset 6 (line 2)"), message);
        byte[] truncated = Arrays.copyOf("ab\u00e9".getBytes(StandardCharsets.UTF_8), 3);
        assertTrue(fileError(truncated).contains("byte 0xC3 at byte offset 2 (line 1)"));
    }

    @Test
    void binaryFilesAreCalledBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("this looks like a binary file, not UTF-8 text: it holds a NUL byte at byte offset 8 (line 3)",
                fileError(png));
        String message = fileError("abc\nde\u0007f\n");
        assertEquals("this looks like a binary file, not text: it holds control character U+0007 at line 2,"
                + " column 3", message);
        assertTrue(fileError(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).contains("UTF-16"));
    }

    @Test
    void tabsAndNonAsciiLettersAreText() {
        assertEquals(List.of("a\tb", "naïve ü"), file("a\tb\nnaïve ü\n"));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreRefusedByPosition() {
        String message = fileError("ab\nx\uD83D\uDE00\n");
        assertTrue(message.startsWith("character '\uD83D\uDE00' (U+1F600) at line 2, column 2"), message);
    }

    @Test
    void listsAreCheckedLikeFilesAndNameTheEntry() {
        assertEquals(List.of("ab", "cd"), SequenceInput.fromList(List.of("ab", "", "cd\r"), LIMITS));
        assertThrows(IllegalArgumentException.class, () -> SequenceInput.fromList(List.of(), LIMITS));
        assertThrows(IllegalArgumentException.class, () -> SequenceInput.fromList(null, LIMITS));
        String message = assertThrows(IllegalArgumentException.class,
                () -> SequenceInput.fromList(List.of("ab", "c\nd"), LIMITS)).getMessage();
        assertTrue(message.startsWith("a line break at line 2, column 2"), message);
        message = assertThrows(IllegalArgumentException.class,
                () -> SequenceInput.fromList(Arrays.asList("ab", null), LIMITS)).getMessage();
        assertEquals("line 2 is null; every sequence must be a string", message);
        ResponseStatusException e = assertThrows(ResponseStatusException.class,
                () -> SequenceInput.fromList(List.of("abcdefghi".repeat(1), "é".repeat(50)), LIMITS));
        assertTrue(e.getReason().contains("the limit is 100 bytes"), e.getReason());
    }

    @Test
    void vocabularyErrorsNameCharacterAndTheLineAsItIsInTheFile() {
        List<String> sequences = file("aXb\n\n\naaXbb\naXqb\n");
        String message = assertThrows(IllegalArgumentException.class,
                () -> SequenceInput.checkVocabulary(sequences, Vocabulary.of("aXb\n"))).getMessage();
        assertEquals("character 'q' at line 5, column 3 is not in this network's vocabulary [a, X, b, ⏎]", message);
        message = assertThrows(IllegalArgumentException.class,
                () -> SequenceInput.checkVocabulary(List.of("a b"), Vocabulary.of("aXb\n"))).getMessage();
        assertTrue(message.startsWith("character ' ' (space) at line 1, column 2"), message);
    }
}
