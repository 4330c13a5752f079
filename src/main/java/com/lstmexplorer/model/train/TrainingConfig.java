package com.lstmexplorer.model.train;

import com.lstmexplorer.model.task.TaskDefaults;

/** How a network is trained; the compact constructor rejects values training cannot use. */
public record TrainingConfig(double learningRate, int batchSize, int maxSteps, long seed, double clipNorm) {
    public static final int MAX_BATCH = 1024;
    public static final int MAX_STEPS = 1_000_000;
    public static final double DEFAULT_CLIP_NORM = 5.0;

    public TrainingConfig {
        if (!Double.isFinite(learningRate) || learningRate <= 0 || learningRate > 1) {
            throw new IllegalArgumentException("learningRate must be a number in (0, 1], got " + learningRate);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be between 1 and " + MAX_BATCH + ", got " + batchSize);
        }
        if (maxSteps < 1 || maxSteps > MAX_STEPS) {
            throw new IllegalArgumentException("maxSteps must be between 1 and " + MAX_STEPS + ", got " + maxSteps);
        }
        if (!Double.isFinite(clipNorm) || clipNorm <= 0) {
            throw new IllegalArgumentException("clipNorm must be a positive number, got " + clipNorm);
        }
    }

    /** A task's default training with this seed and the standard clipping norm. */
    public static TrainingConfig of(TaskDefaults defaults, long seed) {
        return new TrainingConfig(defaults.learningRate(), defaults.batchSize(), defaults.maxSteps(), seed,
                DEFAULT_CLIP_NORM);
    }
}
