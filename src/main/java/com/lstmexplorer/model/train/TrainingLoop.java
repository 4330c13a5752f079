package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Task;
import java.util.function.BooleanSupplier;

/**
 * Trains a network on a task until it is solved, {@code maxSteps} is reached or it is asked to stop,
 * evaluating on the task's evaluation set as it goes.
 * STUB: the engine helper replaces this body; the public signatures are the contract.
 */
public final class TrainingLoop {

    public TrainingLoop(Task task, Network network, TrainingConfig config) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** Runs on the calling thread; {@code stopRequested} is polled between updates. */
    public TrainingOutcome run(TrainingListener listener, BooleanSupplier stopRequested) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }
}
