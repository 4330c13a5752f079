package com.lstmexplorer.model.cell;

/**
 * One cell's equations for one sequence at one step, over H neurons: all a cell writes. The passes
 * ({@link CellSequencePass}, {@link CellStepPass}) do the rest: the products x·Wx and h_prev·Wh, their
 * gradients, b's gradient, and the bookkeeping of packed rows.
 *
 * <p>Per row the passes keep {@code a} (width columns: x·Wx on entry to forward, whatever the cell
 * leaves there, usually its activations), {@code s} ({@link #stateWidth()}: the cell's own state and
 * caches, e.g. an LSTM's c) and {@code h}. "Prev" arrays are the same sequence's row at the step before,
 * null at the first step (state 0). In a step pass {@code s} is {@code sPrev} and {@code h} is
 * {@code hPrev}: a cell must read a neuron's previous values before it writes them.
 */
interface CellStep {

    /** Builds a cell's step for H neurons; {@code vectors} are b then the spec's extras, read live. */
    @FunctionalInterface
    interface Factory {
        CellStep create(int H, double[][] vectors);
    }

    /**
     * Whether h_prev·Wh is added into {@code a} (zh is then null); otherwise it comes as its own row zh
     * (zeros at the first step), for cells that use it apart from x·Wx (the GRU's reset gate).
     */
    default boolean summed() {
        return true;
    }

    int stateWidth();

    void forward(double[] a, double[] zh, double[] sPrev, double[] hPrev, double[] s, double[] h);

    /**
     * Backward through the same step. {@code dh} = dL/dh (from above and through Wh from step t+1);
     * {@code ds} = dL/ds from step t+1 (null: 0). Writes dL/d(x·Wx) into {@code dzx} and, unless
     * {@link #summed()}, dL/d(h_prev·Wh) into {@code dzh}; writes dL/ds_prev into {@code dsPrev} (may be
     * {@code ds}) and adds any direct dL/dh_prev into {@code dhPrev}, both when not null; adds the extras'
     * gradients into {@code dExtras} (b's is summed from dzx by the pass).
     */
    void backward(double[] a, double[] s, double[] sPrev, double[] hPrev, double[] dh, double[] ds, double[] dzx,
                  double[] dzh, double[] dsPrev, double[] dhPrev, double[][] dExtras);

    /**
     * Overwrites neuron n's carried quantities ({@link CellSpec#carried()} order) after a step with
     * {@code values}; NaN for a value means what the cell computes from the others held.
     */
    void hold(int n, double[] values, double[] a, double[] s, double[] h);

    /** Copies of every quantity, in the spec's order. */
    double[][] activations(double[] a, double[] s, double[] h);
}
