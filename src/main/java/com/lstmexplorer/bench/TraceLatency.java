package com.lstmexplorer.bench;

import com.lstmexplorer.model.Network;

/** Microseconds for one {@link Network#trace}: every gate of every neuron at every step, plus the softmax. */
final class TraceLatency {
    private TraceLatency() {
    }

    /** Warms up, then rounds, each the median of {@code traceReps} single traces. */
    static Timing.Rounds microseconds(Network network, String sequence, BenchSettings settings) {
        Timing.runFor(settings.warmupSeconds(), () -> network.trace(sequence));
        return Timing.rounds(settings.rounds(), () -> {
            double[] micros = new double[settings.traceReps()];
            for (int i = 0; i < micros.length; i++) {
                micros[i] = Timing.timeOnce(() -> network.trace(sequence).steps().size()) / 1e3;
            }
            return Timing.median(micros);
        });
    }
}
