package com.lstmexplorer.runs;

import java.util.List;

/**
 * What a user asks for in {@code POST /api/runs}: a task and, optionally, the cell ({@code "lstm"} when
 * absent; {@code GET /api/cells} lists them) and any of its training settings
 * (absent ones come from the task's defaults; an absent seed is drawn at random and reported).
 * {@code sequences} are the user's own data, for task {@code custom} only. {@code stepsPerSecond} paces
 * training so a person can watch it learn; absent, it goes at full speed. {@code stopAtSolve} true ends
 * the run at its first solve; absent or false, it learns on until it converges or reaches {@code maxSteps}.
 */
public record RunRequest(String task, String cell, Integer layers, Integer hiddenSize, Long seed, Double learningRate,
                         Integer batchSize, Integer maxSteps, List<String> sequences, Integer stepsPerSecond,
                         Boolean stopAtSolve) {
}
