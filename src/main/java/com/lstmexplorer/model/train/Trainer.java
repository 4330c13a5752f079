package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;

/**
 * Trains a network in place, one minibatch per {@link #step()}.
 * STUB: the engine helper replaces this body; the public signatures are the contract.
 */
public final class Trainer {

    /** Trains {@code network} (mutated in place) on sequences drawn from {@code sampler}. */
    public Trainer(Network network, TrainingConfig config, SequenceSampler sampler) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** One Adam update on a fresh minibatch; returns its mean cross-entropy per predicted character. */
    public double step() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** Updates done so far. */
    public int steps() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    public Network network() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }
}
