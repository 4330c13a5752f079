package com.lstmexplorer.runs;

/**
 * What a user asks for in {@code POST /api/runs}: a task and, optionally, any of its training settings
 * (absent ones come from the task's defaults; an absent seed is drawn at random and reported).
 * {@code stepsPerSecond} paces training so a person can watch it learn; absent, it goes at full speed.
 */
public record RunRequest(String task, Integer layers, Integer hiddenSize, Long seed, Double learningRate,
                         Integer batchSize, Integer maxSteps, Integer stepsPerSecond) {

    /** A request at full speed. */
    public RunRequest(String task, Integer layers, Integer hiddenSize, Long seed, Double learningRate,
                      Integer batchSize, Integer maxSteps) {
        this(task, layers, hiddenSize, seed, learningRate, batchSize, maxSteps, null);
    }
}
