package com.lstmexplorer.model.cell;

import com.lstmexplorer.model.LayerActivations;
import org.ejml.data.DMatrixRMaj;

/** Reads one sequence through the stack a character at a time, from a zero state after {@link #reset()}. */
public final class SequenceReader {
    private final LayerStack stack;
    private final StepPass[] passes;
    private final int[] symbol = new int[1];
    private final OneHotInput character = new OneHotInput(symbol, 1);
    private final DMatrixRMaj p = new DMatrixRMaj(1, 1);

    SequenceReader(LayerStack stack) {
        this.stack = stack;
        this.passes = new StepPass[stack.layers().size()];
        for (int l = 0; l < passes.length; l++) {
            passes[l] = stack.layers().get(l).newStepPass();
        }
    }

    public void reset() {
        for (StepPass pass : passes) {
            pass.reset();
        }
    }

    /** Reads symbol {@code index}; returns the distribution of the next symbol (reused by the next call). */
    public double[] read(int index) {
        symbol[0] = index;
        DMatrixRMaj h = passes[0].step(character);
        for (int l = 1; l < passes.length; l++) {
            h = passes[l].step(new DenseInput(h));
        }
        stack.readout().distribution(h, p);
        return p.data;
    }

    /** Copies of layer l's state and gates after the last {@link #read}. */
    public LayerActivations activations(int layer) {
        return passes[layer].activations();
    }
}
