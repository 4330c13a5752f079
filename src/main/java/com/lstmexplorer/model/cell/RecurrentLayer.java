package com.lstmexplorer.model.cell;

import java.util.List;

/**
 * One layer of recurrent cells: its parameters, and the two ways to run it. Every registered cell runs
 * as a {@link CellLayer} (see {@link CellType}); training only sees {@link #parameters()} and the passes.
 */
public interface RecurrentLayer {

    CellType cell();

    int inputSize();

    int hiddenSize();

    /** The live parameters, in a fixed order; gradients are passed to the passes in the same order. */
    List<Param> parameters();

    /** A deep copy. */
    RecurrentLayer copy();

    /** Workspace for training: a whole packed minibatch forward, then backpropagation through time. */
    SequencePass newSequencePass();

    /** Workspace for reading one sequence a character at a time (traces, greedy decoding). */
    StepPass newStepPass();
}
