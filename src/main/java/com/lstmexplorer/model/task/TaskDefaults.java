package com.lstmexplorer.model.task;

import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.train.TrainingConfig;

/** The configuration that solves a task reliably (echen's network size). */
public record TaskDefaults(int layers, int hiddenSize, double learningRate, int batchSize, int maxSteps) {

    /** An LSTM of the default depth and width. */
    public NetworkShape shape() {
        return NetworkShape.lstm(layers, hiddenSize);
    }

    /** The default training with this seed and the standard clipping norm. */
    public TrainingConfig training(long seed) {
        return new TrainingConfig(learningRate, batchSize, maxSteps, seed, TrainingConfig.DEFAULT_CLIP_NORM);
    }
}
