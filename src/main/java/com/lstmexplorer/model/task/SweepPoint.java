package com.lstmexplorer.model.task;

/** Accuracy of a network on the {@code cases} cases of length {@code n} (N or M of the task). */
public record SweepPoint(int n, int cases, int correct, double accuracy) {
}
