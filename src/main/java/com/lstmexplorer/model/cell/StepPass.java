package com.lstmexplorer.model.cell;

/**
 * A layer reading one sequence one input row at a time, from a zero state after {@link #reset()}.
 * It reads the layer's weights as they were when it was made.
 */
public interface StepPass {

    /** Back to the zero state. */
    void reset();

    /** Reads one input row; returns h (reused by the next call). */
    double[] step(LayerInput x);

    /** Copies of the state and gates after the last {@link #step}. */
    LayerActivations activations();

    /**
     * Overwrites neuron {@code neuron}'s carried state after the last {@link #step} with {@code values},
     * one per quantity of the cell's {@link CellSpec#carried()} (an LSTM: cell, then hidden, the array
     * {@code step} returned); a NaN value means what the cell computes from the others held (an LSTM's
     * h = o ⊙ tanh(c) with the step's own output gate).
     */
    void hold(int neuron, double[] values);
}
