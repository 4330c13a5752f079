package com.lstmexplorer.snapshots.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How far the network had trained when it was saved: updates done, last loss, evaluation accuracy in [0, 1],
 * the step at which its task was first solved (null if never), training wall time. Any may be null.
 */
@JsonPropertyOrder({"step", "loss", "accuracy", "solvedAtStep", "elapsedMs"})
public record SnapshotMetrics(Integer step, Double loss, Double accuracy, Integer solvedAtStep, Long elapsedMs) {
    public static final SnapshotMetrics UNKNOWN = new SnapshotMetrics(null, null, null, null, null);
}
