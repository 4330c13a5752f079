package com.lstmexplorer.runs;

import java.time.Instant;

/**
 * A run as the API shows it. {@code loss} and {@code accuracy} are null before the first step and
 * evaluation, {@code solvedAtStep} until the task is solved, {@code error} unless the run failed.
 */
public record RunView(String id, String task, RunConfig config, RunStatus status, int step, Double loss,
                      Double accuracy, Integer solvedAtStep, long elapsedMs, String error, Instant createdAt) {
}
