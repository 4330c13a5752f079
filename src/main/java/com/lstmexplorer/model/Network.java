package com.lstmexplorer.model;

import java.util.List;

/**
 * A stack of recurrent layers over one-hot characters with a softmax readout.
 * STUB: the engine helper replaces this body; the public signatures are the contract other packages use.
 */
public final class Network {

    /** A freshly initialised network (documented initialisation, forget-gate bias included). */
    public static Network create(Vocabulary vocabulary, NetworkShape shape, long seed) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /**
     * A network with the given parameters, in the order and shapes {@link #parameters()} returns.
     *
     * @throws IllegalArgumentException naming the first missing, misshapen or non-finite parameter
     */
    public static Network fromParameters(Vocabulary vocabulary, NetworkShape shape, List<NamedMatrix> parameters) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    public Vocabulary vocabulary() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    public NetworkShape shape() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** Deep copies of every parameter, in a fixed order. */
    public List<NamedMatrix> parameters() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /**
     * Reads {@code sequence} from a zero state and records every gate of every neuron at every step.
     *
     * @throws UnknownSymbolException for a character outside the vocabulary
     */
    public Trace trace(String sequence) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /**
     * Reads {@code prefix} from a zero state, then feeds back its own argmax prediction until it
     * predicts {@link Vocabulary#END} or has produced {@code maxChars}; returns what it produced
     * (the end marker included when it was produced).
     */
    public String greedyContinue(String prefix, int maxChars) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }

    /** An independent deep copy (e.g. to trace while the original keeps training). */
    public Network copy() {
        throw new UnsupportedOperationException("engine not implemented yet");
    }
}
