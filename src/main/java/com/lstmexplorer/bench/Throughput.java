package com.lstmexplorer.bench;

import com.lstmexplorer.model.train.Trainer;

/** Training sequences per second on the calling thread: {@link Trainer#step()} on fresh minibatches. */
final class Throughput {
    private Throughput() {
    }

    /**
     * Warms up, then times rounds of (updates × batch size) / wall time. The time
     * includes drawing and packing each minibatch, the forward and backward pass, clipping and Adam.
     */
    static Timing.Rounds sequencesPerSecond(Trainer trainer, int batchSize, BenchSettings settings) {
        Timing.runFor(settings.warmupSeconds(), trainer::step);
        return Timing.rounds(settings.rounds(), () -> {
            int before = trainer.steps();
            long nanos = Timing.runFor(settings.roundSeconds(), trainer::step);
            return (trainer.steps() - before) * (double) batchSize / Timing.seconds(nanos);
        });
    }
}
