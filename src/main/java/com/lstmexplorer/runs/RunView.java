package com.lstmexplorer.runs;

import java.time.Instant;

/**
 * A run as the API shows it. {@code loss} and {@code accuracy} are null before the first step and
 * evaluation; {@code validationLoss} (mean cross-entropy per character on the held-back split) is null
 * unless the task is {@code custom}; {@code solvedAtStep} is null until the task is solved,
 * {@code error} unless the run failed.
 */
public record RunView(String id, String task, RunConfig config, RunStatus status, int step, Double loss,
                      Double accuracy, Double validationLoss, Integer solvedAtStep, long elapsedMs, String error,
                      Instant createdAt) {
}
