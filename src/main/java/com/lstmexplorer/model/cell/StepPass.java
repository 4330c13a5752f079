package com.lstmexplorer.model.cell;

/**
 * A layer reading one sequence one input row at a time, from a zero state after {@link #reset()}.
 * It reads the layer's weights as they were when it was made.
 */
public interface StepPass {

    /** Back to h = c = 0. */
    void reset();

    /** Reads one input row; returns h (reused by the next call). */
    double[] step(LayerInput x);

    /** Copies of the state and gates after the last {@link #step}. */
    LayerActivations activations();

    /**
     * Overwrites neuron {@code neuron}'s carried state after the last {@link #step}: its cell state with
     * {@code cell} and its hidden state (the array {@code step} returned) with {@code hidden}, or, when
     * {@code hidden} is NaN, with what the cell computes from that cell state.
     */
    void hold(int neuron, double cell, double hidden);
}
