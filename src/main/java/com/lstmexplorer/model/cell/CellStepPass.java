package com.lstmexplorer.model.cell;

import java.util.Arrays;

/** A layer of any cell reading one sequence, one input row per {@link #step}. */
final class CellStepPass implements StepPass {
    private final CellSpec spec;
    private final CellStep cell;
    private final double[][] Wx;
    private final double[][] Wh;
    private final double[][] a;   // 1 × G: x·Wx (+ h_prev·Wh), then what the cell keeps
    private final double[][] zh;  // 1 × G: h_prev·Wh when not summed
    private final double[][] h;   // 1 × H
    private final double[] s;
    private boolean started;

    CellStepPass(CellLayer layer) {
        this.spec = layer.cell().spec();
        this.cell = layer.step(true);
        this.Wx = Kernels.rows(layer.Wx, null);
        this.Wh = Kernels.rows(layer.Wh, null);
        int G = layer.Wh.numCols;
        this.a = new double[1][G];
        this.zh = cell.summed() ? a : new double[1][G];
        this.h = new double[1][layer.hiddenSize()];
        this.s = new double[cell.stateWidth()];
    }

    @Override
    public void reset() {
        Arrays.fill(h[0], 0);
        Arrays.fill(s, 0);
        started = false;
    }

    @Override
    public double[] step(LayerInput x) {
        // a = x·Wx
        x.project(Wx, a);
        if (!cell.summed()) {
            Arrays.fill(zh[0], 0);
        }
        if (started) {
            // a += h_prev·Wh, or zh = h_prev·Wh   (skipped at the first step, where h_prev = 0)
            Kernels.multAdd(h, 0, Wh, zh, 0, 1);
        }
        // the cell's step, in place over s and h
        cell.forward(a[0], cell.summed() ? null : zh[0], started ? s : null, started ? h[0] : null, s, h[0]);
        started = true;
        return h[0];
    }

    @Override
    public void hold(int neuron, double[] values) {
        if (values.length != spec.carried().size()) {
            throw new IllegalArgumentException(spec.label() + " cells carry " + spec.carried().size()
                    + " value(s) per neuron, got " + values.length);
        }
        cell.hold(neuron, values, a[0], s, h[0]);
    }

    @Override
    public LayerActivations activations() {
        return new LayerActivations(spec, cell.activations(a[0], s, h[0]));
    }
}
