package com.lstmexplorer.model.task;

import java.util.OptionalDouble;

/**
 * How well a network does on a task's evaluation set: {@code accuracy} in [0, 1] (seed tasks: the
 * fraction of cases decoded exactly; custom data: next-character accuracy on held-out lines), whether
 * the task counts as solved (never for custom data), and {@code loss}, the mean cross-entropy per
 * predicted character in nats when the evaluation measured it (custom data: on the held-out lines; seed
 * tasks decode greedily and leave it empty). The loss travels here, with the evaluation it belongs to,
 * so that a run shows the loss of the very evaluation it shows the accuracy of.
 */
public record Evaluation(double accuracy, boolean solved, OptionalDouble loss) {

    /** An evaluation that measured no loss. */
    public Evaluation(double accuracy, boolean solved) {
        this(accuracy, solved, OptionalDouble.empty());
    }
}
