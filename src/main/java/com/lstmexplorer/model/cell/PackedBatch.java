package com.lstmexplorer.model.cell;

import java.util.Arrays;

/**
 * A minibatch of variable-length sequences laid out for a packed pass.
 *
 * <p>Sequence b of length L_b reads x_0 .. x_{L-1} and must predict x_1 .. x_{L-1}, END: one
 * prediction per step. The mask is m[t][b] = 1 when t &lt; L_b. Rather than computing padded steps and
 * multiplying them by 0, the sequences are sorted by length (longest first, ties in drawing order), so
 * the sequences still running at step t are the first {@code active(t)} ones and only those rows are
 * stored: step t occupies rows {@code offset(t) .. offset(t) + active(t) - 1}, and sequence b's row at
 * step t is {@code offset(t) + b}. A masked step therefore costs nothing and contributes nothing.
 *
 * <p>The arrays are reused from batch to batch (they only grow), so training allocates nothing here.
 */
public final class PackedBatch {
    private int sequences;
    private int steps;
    private int rows;
    private int[] active = new int[0];
    private int[] offset = new int[1];
    private int[] inputs = new int[0];
    private int[] targets = new int[0];
    private int[] order = new int[0];

    /**
     * Packs {@code count} encoded sequences (symbol indices, each at least one long, without END).
     *
     * @param end the vocabulary index of the end marker, the target after each sequence's last symbol
     */
    public void pack(int[][] encoded, int count, int end) {
        sequences = count;
        order = grow(order, count);
        steps = 0;
        rows = 0;
        for (int b = 0; b < count; b++) {
            if (encoded[b].length == 0) {
                throw new IllegalArgumentException("sequence " + (b + 1) + " of the minibatch is empty");
            }
            insertByLength(encoded, b);
            steps = Math.max(steps, encoded[b].length);
            rows += encoded[b].length;
        }
        active = grow(active, steps);
        offset = grow(offset, steps + 1);
        inputs = grow(inputs, rows);
        targets = grow(targets, rows);
        int row = 0;
        for (int t = 0; t < steps; t++) {
            offset[t] = row;
            int b = 0;
            for (; b < count && encoded[order[b]].length > t; b++, row++) {
                int[] x = encoded[order[b]];
                inputs[row] = x[t];
                targets[row] = t + 1 < x.length ? x[t + 1] : end;
            }
            active[t] = b;
        }
        offset[steps] = row;
    }

    /** Stable insertion of sequence b into {@code order[0..b)}, longest first. */
    private void insertByLength(int[][] encoded, int b) {
        int i = b;
        while (i > 0 && encoded[order[i - 1]].length < encoded[b].length) {
            order[i] = order[i - 1];
            i--;
        }
        order[i] = b;
    }

    private static int[] grow(int[] array, int length) {
        return array.length >= length ? array : Arrays.copyOf(array, Math.max(length, array.length * 2));
    }

    /** Sequences in the batch (B). */
    public int sequences() {
        return sequences;
    }

    /** Length of the longest sequence (T). */
    public int steps() {
        return steps;
    }

    /** Predicted characters in the batch, i.e. stored rows (N = Σ_b L_b). */
    public int rows() {
        return rows;
    }

    /** Sequences still running at step t (0 when t ≥ T). */
    public int active(int t) {
        return t < steps ? active[t] : 0;
    }

    /** First row of step t; {@code offset(T) == rows()}. */
    public int offset(int t) {
        return offset[t];
    }

    /** Symbol read at each row (array may be longer than {@link #rows()}). */
    public int[] inputs() {
        return inputs;
    }

    /** Symbol to predict at each row (array may be longer than {@link #rows()}). */
    public int[] targets() {
        return targets;
    }
}
