package com.lstmexplorer.runs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of training runs, {@code lstm-explorer.runs.*}: how many train at once and may wait, how many
 * ended runs are kept in memory, the largest network and longest run a user may ask for, and how the
 * live stream is throttled: how many probe sequences an activations frame holds (and at most how many
 * numbers), how often progress and activations frames are sent, and to how many decimals; and the
 * slowest pace a run may ask for ({@code min-steps-per-second}: a paced run holds its training slot longer).
 */
@ConfigurationProperties("lstm-explorer.runs")
public record RunSettings(Integer maxConcurrent, Integer maxQueued, Integer maxKept,
                          Integer maxLayers, Integer maxHiddenSize, Integer maxBatchSize, Integer maxSteps,
                          Integer probeSequences, Integer maxFrameValues, Long progressIntervalMs, Long activationsIntervalMs,
                          Integer streamDecimals, Integer minStepsPerSecond) {
    public RunSettings {
        maxConcurrent = positive("max-concurrent", maxConcurrent == null ? 2 : maxConcurrent);
        maxQueued = maxQueued == null ? 8 : maxQueued;
        maxKept = positive("max-kept", maxKept == null ? 100 : maxKept);
        maxLayers = positive("max-layers", maxLayers == null ? 3 : maxLayers);
        maxHiddenSize = positive("max-hidden-size", maxHiddenSize == null ? 128 : maxHiddenSize);
        maxBatchSize = positive("max-batch-size", maxBatchSize == null ? 256 : maxBatchSize);
        maxSteps = positive("max-steps", maxSteps == null ? 100_000 : maxSteps);
        probeSequences = positive("probe-sequences", probeSequences == null ? 50 : probeSequences);
        maxFrameValues = positive("max-frame-values", maxFrameValues == null ? 250_000 : maxFrameValues);
        progressIntervalMs = progressIntervalMs == null ? 250L : progressIntervalMs;
        activationsIntervalMs = activationsIntervalMs == null ? 100L : activationsIntervalMs;
        streamDecimals = streamDecimals == null ? 3 : streamDecimals;
        minStepsPerSecond = positive("min-steps-per-second", minStepsPerSecond == null ? 5 : minStepsPerSecond);
        if (maxQueued < 0 || progressIntervalMs < 1 || activationsIntervalMs < 1 || streamDecimals < 1) {
            throw new IllegalArgumentException("lstm-explorer.runs: max-queued must be >= 0, the intervals and "
                    + "stream-decimals >= 1");
        }
    }

    public static RunSettings defaults() {
        return new RunSettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("lstm-explorer.runs." + name + " must be at least 1, got " + value);
        }
        return value;
    }
}
