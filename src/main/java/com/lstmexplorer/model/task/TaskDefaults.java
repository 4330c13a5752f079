package com.lstmexplorer.model.task;

import com.lstmexplorer.model.NetworkShape;

/**
 * The configuration that solves a task reliably (echen's network size). The training part becomes a
 * {@code TrainingConfig} in model.train ({@code TrainingConfig.of}), which builds on tasks, not the reverse.
 */
public record TaskDefaults(int layers, int hiddenSize, double learningRate, int batchSize, int maxSteps) {

    /** An LSTM of the default depth and width. */
    public NetworkShape shape() {
        return NetworkShape.lstm(layers, hiddenSize);
    }
}
