package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * The plain (Elman) recurrent cell, forward and backward side by side, for H neurons:
 * <pre>
 *   h = tanh(x·Wx + h_prev·Wh + b)        Wx: input × H, Wh: H × H, b: 1 × H
 * </pre>
 * It records only h: its pre-activation is h's own inverse tanh, and unbounded, so a column of it
 * would tell nothing h does not. No state beyond h.
 */
final class RnnCell implements CellStep {
    static final CellSpec SPEC = new CellSpec("rnn", "plain RNN", List.of(Quantity.carried("hidden", "hidden state")),
            List.of("h"), List.of(), List.of());

    private final int H;
    private final double[] b;

    RnnCell(int H, double[][] vectors) {
        this.H = H;
        this.b = vectors[0];
    }

    @Override
    public int stateWidth() {
        return 0;
    }

    @Override
    public void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h) {
        // h = tanh(x·Wx + h_prev·Wh + b)   (a holds the first two, summed)
        Activations.tanh(a, b, 0, H);
        System.arraycopy(a, 0, h, 0, H);
    }

    @Override
    public void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds,
                         double[] dzx, double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras) {
        for (int j = 0; j < H; j++) {
            // h = tanh(z)  ⇒  dz = dh ⊙ (1 − h²)   (a holds h too, and no hold touches it)
            dzx[j] = dh[j] * (1 - a[j] * a[j]);
        }
    }

    @Override
    public void hold(int n, double[] values, double[] a, double[] s, double[] h) {
        holdHidden(n, values, h);
    }

    /** For the cells that carry h alone: holds neuron n's h; NaN keeps the h the step computed. */
    static void holdHidden(int n, double[] values, double[] h) {
        if (!Double.isNaN(values[0])) {
            h[n] = values[0];
        }
    }

    @Override
    public double[][] activations(double[] a, double[] s, double[] h) {
        return new double[][] {h.clone()};
    }
}
