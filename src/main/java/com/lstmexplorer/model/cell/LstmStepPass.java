package com.lstmexplorer.model.cell;

import java.util.Arrays;

/** An LSTM layer reading one sequence, one input row per {@link #step}. */
final class LstmStepPass implements StepPass {
    private final int H;
    private final double[][] Wx;
    private final double[][] Wh;
    private final double[] b;
    private final double[][] z;   // 1 × 4H: pre-activations, then the gates [i f o g]
    private final double[][] h;   // 1 × H
    private final double[] c;
    private final double[] tanhC;
    private boolean started;

    LstmStepPass(LstmLayer layer) {
        this.H = layer.hiddenSize();
        this.Wx = Kernels.rows(layer.Wx, null);
        this.Wh = Kernels.rows(layer.Wh, null);
        this.b = layer.b.data.clone();
        this.z = new double[1][4 * H];
        this.h = new double[1][H];
        this.c = new double[H];
        this.tanhC = new double[H];
    }

    @Override
    public void reset() {
        Arrays.fill(h[0], 0);
        Arrays.fill(c, 0);
        started = false;
    }

    @Override
    public double[] step(LayerInput x) {
        // z = x·Wx
        x.project(Wx, z);
        if (started) {
            // z += h_prev·Wh   (skipped at the first step, where h_prev = 0)
            Kernels.multAdd(h, 0, Wh, z, 0, 1);
        }
        // gates, c = f ⊙ c_prev + i ⊙ g, h = o ⊙ tanh(c), in place
        LstmCell.forward(H, b, z[0], started ? c : null, c, tanhC, h[0]);
        started = true;
        return h[0];
    }

    @Override
    public void hold(int neuron, double cell, double hidden) {
        c[neuron] = cell;
        tanhC[neuron] = Math.tanh(cell);
        // h = o ⊙ tanh(c) unless a hidden value is given
        h[0][neuron] = Double.isNaN(hidden) ? z[0][2 * H + neuron] * tanhC[neuron] : hidden;
    }

    @Override
    public LayerActivations activations() {
        double[] a = z[0];
        return new LayerActivations(c.clone(), h[0].clone(), Arrays.copyOfRange(a, 0, H),
                Arrays.copyOfRange(a, H, 2 * H), Arrays.copyOfRange(a, 2 * H, 3 * H), Arrays.copyOfRange(a, 3 * H, 4 * H));
    }
}
