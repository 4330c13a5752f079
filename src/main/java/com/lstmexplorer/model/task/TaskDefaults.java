package com.lstmexplorer.model.task;

/** The configuration that solves a task reliably (echen's network size). */
public record TaskDefaults(int layers, int hiddenSize, double learningRate, int batchSize, int maxSteps) {
}
