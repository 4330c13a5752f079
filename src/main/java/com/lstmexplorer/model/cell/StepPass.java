package com.lstmexplorer.model.cell;

import com.lstmexplorer.model.LayerActivations;
import org.ejml.data.DMatrixRMaj;

/** A layer reading one sequence one input row at a time, from a zero state after {@link #reset()}. */
public interface StepPass {

    /** Back to h = c = 0. */
    void reset();

    /** Reads one input row; returns h (1 × H, reused by the next call). */
    DMatrixRMaj step(LayerInput x);

    /** Copies of the state and gates after the last {@link #step}. */
    LayerActivations activations();
}
