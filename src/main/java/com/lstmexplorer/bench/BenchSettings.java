package com.lstmexplorer.bench;

import java.util.List;

/**
 * How long the bench measures: an untimed warm-up (lets the JIT compile the kernels), then
 * {@code rounds} timed rounds of at least {@code roundSeconds} each, whose median is reported;
 * {@code seeds} for the time-to-solve runs; {@code traceReps} timed traces per round.
 */
record BenchSettings(double warmupSeconds, int rounds, double roundSeconds, List<Long> seeds, int traceReps) {
    static final BenchSettings DEFAULTS = new BenchSettings(2.0, 5, 1.0, List.of(1L, 2L, 3L), 200);

    BenchSettings {
        if (!(warmupSeconds >= 0) || rounds < 1 || !(roundSeconds >= 0) || seeds.isEmpty() || traceReps < 1) {
            throw new IllegalArgumentException("bench settings out of range: warm-up " + warmupSeconds + " s, "
                    + rounds + " rounds of " + roundSeconds + " s, seeds " + seeds + ", " + traceReps + " traces");
        }
        seeds = List.copyOf(seeds);
    }
}
