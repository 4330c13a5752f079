package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Task;
import java.util.function.BooleanSupplier;

/**
 * Trains a network on a task until {@code maxSteps}, until it is asked to stop, or until its {@link Stopping}
 * rule says so (at the first solve, or once converged), evaluating on the task's evaluation set every
 * {@code evaluateEvery} updates (evaluation is greedy decoding of every case, so it is spaced out rather
 * than run after each update). {@link #start} gives the same training one update at a time.
 */
public final class TrainingLoop {
    /** Updates between two evaluations unless a constructor says otherwise. */
    public static final int DEFAULT_EVALUATE_EVERY = 20;

    private final Task task;
    private final Network network;
    private final TrainingConfig config;
    private final int evaluateEvery;
    private final Stopping stopping;

    /** Stops at the first solve, as the benchmark's time-to-solve measures. */
    public TrainingLoop(Task task, Network network, TrainingConfig config) {
        this(task, network, config, DEFAULT_EVALUATE_EVERY, Stopping.AT_FIRST_SOLVE);
    }

    public TrainingLoop(Task task, Network network, TrainingConfig config, Stopping stopping) {
        this(task, network, config, DEFAULT_EVALUATE_EVERY, stopping);
    }

    public TrainingLoop(Task task, Network network, TrainingConfig config, int evaluateEvery, Stopping stopping) {
        if (evaluateEvery < 1) {
            throw new IllegalArgumentException("evaluateEvery must be at least 1, got " + evaluateEvery);
        }
        this.task = task;
        this.network = network;
        this.config = config;
        this.evaluateEvery = evaluateEvery;
        this.stopping = stopping;
    }

    /** Runs on the calling thread; {@code stopRequested} is polled between updates. */
    public TrainingOutcome run(TrainingListener listener, BooleanSupplier stopRequested) {
        TrainingSession session = start(listener, stopRequested);
        while (session.step()) {
            // each step reports to the listener
        }
        return session.finish();
    }

    /** The same training one update at a time, for a caller that takes turns between several. */
    public TrainingSession start(TrainingListener listener, BooleanSupplier stopRequested) {
        return new TrainingSession(task, network, config, evaluateEvery, stopping, listener, stopRequested);
    }
}
