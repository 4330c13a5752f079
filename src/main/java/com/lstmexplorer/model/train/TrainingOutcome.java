package com.lstmexplorer.model.train;

import com.lstmexplorer.model.task.Evaluation;

/**
 * How a {@link TrainingLoop} ended: updates done, last minibatch loss, last evaluation (of the network as it
 * ended), the step at which the task was first solved (null if never), whether it was stopped from outside,
 * wall time, and why it ended.
 */
public record TrainingOutcome(int steps, double loss, Evaluation evaluation, Integer solvedAtStep,
                              boolean stopped, long elapsedNanos, EndReason endReason) {
}
