package com.lstmexplorer.sequences;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The sequences kept from an input, remembering the line each came from: blank lines are dropped,
 * yet a later message ("character 'q' at line 7") must name the line the user sees in the file.
 */
final class NumberedLines extends AbstractList<String> implements RandomAccess {
    private final List<String> lines;
    private final int[] numbers;

    NumberedLines(List<String> lines, int[] numbers) {
        this.lines = List.copyOf(lines);
        this.numbers = numbers.clone();
    }

    @Override
    public String get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    /** The 1-based input line of element {@code index} of {@code sequences} (its position + 1 if unknown). */
    static int lineOf(List<String> sequences, int index) {
        return sequences instanceof NumberedLines numbered ? numbered.numbers[index] : index + 1;
    }
}
