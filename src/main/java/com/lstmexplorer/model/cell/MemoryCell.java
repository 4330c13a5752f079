package com.lstmexplorer.model.cell;

import java.util.Arrays;

/**
 * What the LSTM family (LSTM, peephole, CIFG) shares: a state row [c | tanh(c)], an output gate o whose
 * block is {@code outputBlock}, h = o ⊙ tanh(c), and quantities c, h, then each block of {@code a} in
 * order. A cell of the family writes only how its gates and c are made, and their backward.
 */
abstract class MemoryCell implements CellStep {
    protected final int H;
    protected final double[] b;
    private final int outputBlock;

    MemoryCell(int H, double[] b, int outputBlock) {
        this.H = H;
        this.b = b;
        this.outputBlock = outputBlock;
    }

    @Override
    public final int stateWidth() {
        return 2 * H;
    }

    /** h = o ⊙ tanh(c), keeping tanh(c) in the state row for backward. */
    protected final void expose(double[] a, double[] s, double[] h) {
        Activations.tanhOfState(s, H);
        int o = outputBlock * H;
        for (int j = 0; j < H; j++) {
            h[j] = a[o + j] * s[H + j];
        }
    }

    /** Holds neuron n at (c, h); h NaN means h = o ⊙ tanh(c) with this step's output gate. */
    @Override
    public final void hold(int n, double[] values, double[] a, double[] s, double[] h) {
        s[n] = values[0];
        s[H + n] = Math.tanh(values[0]);
        h[n] = Double.isNaN(values[1]) ? a[outputBlock * H + n] * s[H + n] : values[1];
    }

    /** c, h, then each H-wide block of {@code a} in order (the gates and candidate). */
    @Override
    public final double[][] activations(double[] a, double[] s, double[] h) {
        double[][] values = new double[2 + a.length / H][];
        values[0] = Arrays.copyOf(s, H);
        values[1] = h.clone();
        for (int q = 2; q < values.length; q++) {
            values[q] = Arrays.copyOfRange(a, (q - 2) * H, (q - 1) * H);
        }
        return values;
    }
}
