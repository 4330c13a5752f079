package com.lstmexplorer.model.task;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long lines into pieces a network trains on. A plain text may have paragraphs of thousands of
 * characters; backpropagating through all of them is slow and no better for a character model, so
 * lines longer than {@link #WINDOW} become ⌈length / WINDOW⌉ pieces of nearly equal length
 * (a 101-character line gives 51 + 50, not 100 + 1).
 */
final class CustomPieces {
    /** The longest piece, in characters (the char-LM benchmarks' 100-step windows). */
    static final int WINDOW = 100;

    private CustomPieces() {
    }

    static List<String> of(List<String> lines) {
        List<String> pieces = new ArrayList<>();
        for (String line : lines) {
            int count = (line.length() + WINDOW - 1) / WINDOW;
            int start = 0;
            for (int k = 0; k < count; k++) {
                int length = line.length() / count + (k < line.length() % count ? 1 : 0);
                pieces.add(line.substring(start, start + length));
                start += length;
            }
        }
        return pieces;
    }

    /** How many pieces {@link #of} would make, without making them. */
    static int count(List<String> lines) {
        return lines.stream().mapToInt(line -> (line.length() + WINDOW - 1) / WINDOW).sum();
    }
}
