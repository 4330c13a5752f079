package com.lstmexplorer.runs;

import com.lstmexplorer.model.cell.Quantity;
import java.util.HashMap;
import java.util.Map;

/**
 * The predictions of {@link CompactActivations}, made on integer values (units of 1/scale) with
 * operations that give the same bits in Java and in JavaScript (integer sums and products below 2^53,
 * IEEE double +, -, *, / and floor; tanh written out rather than taken from either language's library).
 * {@code compactFrames.js} repeats each of these functions line for line.
 */
final class Predictions {
    private static final double LN2 = 0.6931471805599453;

    private Predictions() {
    }

    /**
     * For each step of {@code sequence}, the step whose value predicts it: the latest earlier step that
     * read the same character, else the step before, else -1 (predict 0).
     */
    static int[] contexts(String sequence) {
        int[] context = new int[sequence.length()];
        Map<Character, Integer> last = new HashMap<>();
        for (int t = 0; t < context.length; t++) {
            context[t] = last.getOrDefault(sequence.charAt(t), t - 1);
            last.put(sequence.charAt(t), t);
        }
        return context;
    }

    /** The value of neuron {@code n} at the context step of {@code t}. */
    static int byCharacter(int[] values, int[] context, int t, int n, int hidden) {
        return context[t] < 0 ? 0 : values[context[t] * hidden + n];
    }

    /**
     * For an LSTM layer ({@code v} indexed by {@link CompactActivations#ORDER}): the cell from
     * c = f c' + i g and the hidden state from h = o tanh(c), on the values already known; the gates
     * and candidate by character.
     */
    static int lstm(Quantity quantity, int[][] v, int k, int[] context, int t, int n, int hidden, long scale) {
        int at = t * hidden + n;
        return switch (quantity.id()) {
            case "cell" -> {
                long previous = t == 0 ? 0 : v[4][at - hidden];
                long sum = v[1][at] * previous + (long) v[0][at] * v[3][at]; // f c' + i g, in 1/scale^2
                yield (int) Math.floor((sum + scale / 2) / (double) scale);
            }
            case "hidden" -> (int) Math.floor(v[2][at] * tanh(v[4][at] / (double) scale) + 0.5);
            default -> byCharacter(v[k], context, t, n, hidden);
        };
    }

    /** tanh from exp, exp from a reduction to [-ln2/2, ln2/2] and 16 terms of its series. */
    static double tanh(double x) {
        if (x > 20) {
            return 1;
        }
        if (x < -20) {
            return -1;
        }
        double e = exp(2 * x);
        return (e - 1) / (e + 1);
    }

    static double exp(double y) {
        double k = Math.floor(y / LN2 + 0.5);
        double r = y - k * LN2;
        double sum = 1;
        for (int i = 16; i >= 1; i--) {
            sum = 1 + r / i * sum;
        }
        for (; k > 0; k--) {
            sum *= 2;
        }
        for (; k < 0; k++) {
            sum /= 2;
        }
        return sum;
    }
}
