package com.lstmexplorer.sequences;

import com.lstmexplorer.model.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed or uploaded into checked sequences. Every failure is an
 * IllegalArgumentException whose message names the line (1-based) and the problem.
 * FIRST VERSION by the lead: the custom-data engineer hardens it (strict UTF-8, binary files, BOM, ...).
 */
public final class SequenceInput {
    private SequenceInput() {
    }

    /** The lines of an uploaded UTF-8 file, one sequence per line. */
    public static List<String> fromFile(byte[] bytes, SequenceLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new IllegalArgumentException("file is " + bytes.length + " bytes; the limit is " + limits.maxBytes());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return fromList(List.of(text.split("\r?\n", -1)), limits);
    }

    /** Sequences given one by one (e.g. JSON), checked against the limits; blank lines are dropped. */
    public static List<String> fromList(List<String> sequences, SequenceLimits limits) {
        if (sequences == null) {
            throw new IllegalArgumentException("no sequences given");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sequences.size(); i++) {
            String line = sequences.get(i);
            if (line == null || line.isBlank()) {
                continue;
            }
            if (line.length() > limits.maxLineLength()) {
                throw new IllegalArgumentException("line " + (i + 1) + " has " + line.length()
                        + " characters; the limit is " + limits.maxLineLength());
            }
            out.add(line);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no sequences given: the input is empty or only blank lines");
        }
        if (out.size() > limits.maxLines()) {
            throw new IllegalArgumentException(out.size() + " sequences given; the limit is " + limits.maxLines());
        }
        return out;
    }

    /** Fails naming line and column of the first character outside {@code vocabulary}. */
    public static void checkVocabulary(List<String> sequences, Vocabulary vocabulary) {
        for (int line = 0; line < sequences.size(); line++) {
            String s = sequences.get(line);
            for (int col = 0; col < s.length(); col++) {
                if (!vocabulary.contains(s.charAt(col))) {
                    throw new IllegalArgumentException("character '" + Vocabulary.display(s.charAt(col))
                            + "' at line " + (line + 1) + ", column " + (col + 1)
                            + " is not in this network's vocabulary " + vocabulary);
                }
            }
        }
    }
}
