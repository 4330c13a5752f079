package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;

/** Hears a {@link TrainingLoop} as it goes; called on the training thread, so keep it cheap. */
public interface TrainingListener {
    /** After every update. {@code network} keeps changing: copy it to keep it. */
    default void afterStep(int step, double loss, Network network) {
    }

    /** After each evaluation on the task's evaluation set. */
    default void afterEvaluation(int step, Evaluation evaluation) {
    }
}
