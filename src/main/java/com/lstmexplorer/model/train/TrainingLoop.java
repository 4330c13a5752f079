package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.Task;
import java.util.function.BooleanSupplier;

/**
 * Trains a network on a task until {@code maxSteps}, until it is asked to stop, or until its {@link Stopping}
 * rule says so (at the first solve, or once converged), evaluating on the task's evaluation set every
 * {@code evaluateEvery} updates (evaluation is greedy decoding of every case, so it is spaced out rather
 * than run after each update).
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
        long start = System.nanoTime();
        Trainer trainer = new Trainer(network, config, task);
        Stopping.Plateau plateau = stopping.new Plateau();
        double loss = Double.NaN;
        double windowLoss = 0;
        Evaluation evaluation = null;
        int evaluatedAt = -1;
        Integer solvedAt = null;
        EndReason reason = EndReason.MAX_STEPS;
        while (trainer.steps() < config.maxSteps()) {
            if (stopRequested.getAsBoolean()) {
                reason = EndReason.STOPPED;
                break;
            }
            loss = trainer.step();
            windowLoss += loss;
            int step = trainer.steps();
            listener.afterStep(step, loss, network);
            if (step % evaluateEvery == 0) {
                evaluation = evaluate(listener, step);
                evaluatedAt = step;
                if (solvedAt == null && evaluation.solved()) {
                    solvedAt = step;
                }
                if (stopping.atFirstSolve() && evaluation.solved()) {
                    reason = EndReason.FIRST_SOLVE;
                    break;
                }
                if (plateau.converged(windowLoss / evaluateEvery, evaluation.solved())) {
                    reason = EndReason.CONVERGED;
                    break;
                }
                windowLoss = 0;
            }
        }
        if (evaluatedAt != trainer.steps()) {
            evaluation = evaluate(listener, trainer.steps());
            if (solvedAt == null && evaluation.solved()) {
                solvedAt = trainer.steps();
            }
        }
        return new TrainingOutcome(trainer.steps(), loss, evaluation, solvedAt, reason == EndReason.STOPPED,
                System.nanoTime() - start, reason);
    }

    private Evaluation evaluate(TrainingListener listener, int step) {
        Evaluation evaluation = task.evaluate(network);
        listener.afterEvaluation(step, evaluation);
        return evaluation;
    }
}
