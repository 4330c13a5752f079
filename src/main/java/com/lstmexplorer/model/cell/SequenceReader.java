package com.lstmexplorer.model.cell;

import com.lstmexplorer.model.LayerActivations;

/**
 * Reads one sequence through the stack a character at a time, from a zero state after
 * {@link #reset()}, with the weights as they were when the reader was made.
 */
public final class SequenceReader {
    private final StepPass[] passes;
    private final Readout.Step readout;
    private final int[] symbol = new int[1];
    private final OneHotInput character = new OneHotInput(symbol, 1);
    private final double[][] below = new double[1][];
    private final DenseInput hidden = new DenseInput(below, 1);

    SequenceReader(LayerStack stack) {
        this.passes = new StepPass[stack.layers().size()];
        for (int l = 0; l < passes.length; l++) {
            passes[l] = stack.layers().get(l).newStepPass();
        }
        this.readout = stack.readout().new Step();
    }

    public void reset() {
        for (StepPass pass : passes) {
            pass.reset();
        }
    }

    /** Reads symbol {@code index}; returns the distribution of the next symbol (reused by the next call). */
    public double[] read(int index) {
        symbol[0] = index;
        double[] h = passes[0].step(character);
        for (int l = 1; l < passes.length; l++) {
            below[0] = h;
            h = passes[l].step(hidden);
        }
        return readout.distribution(h);
    }

    /** Copies of layer l's state and gates after the last {@link #read}. */
    public LayerActivations activations(int layer) {
        return passes[layer].activations();
    }
}
