package com.lstmexplorer.runs;

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
     * The relations of a frame's cell: per quantity {@code {form code, operand indices...}}, null for one
     * no relation makes, and the quantities they make in the order they are made.
     */
    record Relations(int[][] byQuantity, int[] targets) {

        /** Quantities no relation makes first, in the cell's order, then the others as they are made. */
        int[] streamOrder() {
            int[] order = new int[byQuantity.length];
            int at = 0;
            for (int k = 0; k < byQuantity.length; k++) {
                if (byQuantity[k] == null) {
                    order[at++] = k;
                }
            }
            for (int k : targets) {
                order[at++] = k;
            }
            return order;
        }
    }

    /**
     * The prediction of quantity {@code k} of neuron {@code n} at step {@code t} ({@code v} indexed by
     * quantity): from its relation ({@link CompactActivations#FORMS}) on the values already known, else by character.
     */
    static int predict(int[] relation, int[][] v, int k, int[] context, int t, int n, int hidden, long scale) {
        if (relation == null) {
            return byCharacter(v[k], context, t, n, hidden);
        }
        int at = t * hidden + n;
        long previous = t == 0 ? 0 : v[k][at - hidden];
        int a = v[relation[1]][at];
        return switch (CompactActivations.FORMS.get(relation[0] - 1)) {
            case BLEND -> rescaled(a * previous + (long) v[relation[2]][at] * v[relation[3]][at], scale); // a t' + b c
            case COUPLED_BLEND -> rescaled(a * previous + (scale - a) * v[relation[2]][at], scale);     // a t' + (1 - a) b
            case SQUASH -> (int) Math.floor(a * tanh(v[relation[2]][at] / (double) scale) + 0.5);       // a tanh b
        };
    }

    /** A sum of products in 1/scale^2 units back in 1/scale units, rounded half up. */
    private static int rescaled(long sum, long scale) {
        return (int) Math.floor((sum + scale / 2) / (double) scale);
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
