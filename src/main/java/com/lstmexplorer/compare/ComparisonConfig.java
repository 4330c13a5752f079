package com.lstmexplorer.compare;

import com.lstmexplorer.runs.RunConfig;

/** The training settings every cell of a comparison shares: a run's {@code config} without its cell. */
record ComparisonConfig(int layers, int hiddenSize, long seed, double learningRate, int batchSize, int maxSteps,
                        Integer stepsPerSecond, boolean stopAtSolve) {
    static ComparisonConfig of(RunConfig run) {
        return new ComparisonConfig(run.layers(), run.hiddenSize(), run.seed(), run.learningRate(), run.batchSize(),
                run.maxSteps(), run.stepsPerSecond(), run.stopAtSolve());
    }
}
