package com.lstmexplorer.model.task;

/**
 * How well a network does on a task's evaluation set: {@code accuracy} in [0, 1] (seed tasks: the
 * fraction of cases decoded exactly; custom data: next-character accuracy on held-out lines) and
 * whether the task counts as solved (never for custom data).
 */
public record Evaluation(double accuracy, boolean solved) {
}
