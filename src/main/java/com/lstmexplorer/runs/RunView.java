package com.lstmexplorer.runs;

import java.time.Instant;
import java.util.List;

/**
 * A run as the API shows it. {@code loss} and {@code accuracy} are null before the first step and
 * evaluation; {@code validationLoss} (mean cross-entropy per character on the held-back split) is null
 * unless the task is {@code custom}; {@code solvedAtStep} is null until the task is solved,
 * {@code error} unless the run failed. {@code endReason} says why a run ended
 * ({@code converged}, {@code max-steps}, {@code first-solve}, {@code stopped}; null while it trains or if it failed). {@code probes} are the sequences the live stream traces (and a
 * snapshot of the run keeps), so that a page opened after the run shows, and shares, the same sequences
 * as one that watched it. {@code history} is the loss and accuracy at the run's evaluations so far, for
 * its chart. {@code mine} tells whether the client asking started the run (only then may it stop or delete it).
 */
public record RunView(String id, String task, RunConfig config, RunStatus status, int step, Double loss,
                      Double accuracy, Double validationLoss, Integer solvedAtStep, long elapsedMs, String error,
                      String endReason, Instant createdAt, List<String> probes, List<LossHistory.Point> history,
                      boolean mine) {
}
