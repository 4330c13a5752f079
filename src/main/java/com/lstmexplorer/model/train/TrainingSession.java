package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.Task;
import java.util.function.BooleanSupplier;

/**
 * A {@link TrainingLoop} taken one update at a time, so that a caller can interleave several trainings on one
 * thread: {@link #step()} until it answers false, then {@link #finish()}. Each call does exactly what one turn of
 * {@link TrainingLoop#run} does, in the same order, so a session trains bit for bit as the loop does.
 */
public final class TrainingSession {
    private final Task task;
    private final Network network;
    private final TrainingConfig config;
    private final int evaluateEvery;
    private final Stopping stopping;
    private final TrainingListener listener;
    private final BooleanSupplier stopRequested;
    private final Trainer trainer;
    private final Stopping.Plateau plateau;
    private final long start = System.nanoTime();
    private double loss = Double.NaN;
    private double windowLoss;
    private Evaluation evaluation;
    private int evaluatedAt = -1;
    private Integer solvedAt;
    private EndReason reason;

    TrainingSession(Task task, Network network, TrainingConfig config, int evaluateEvery, Stopping stopping,
                    TrainingListener listener, BooleanSupplier stopRequested) {
        this.task = task;
        this.network = network;
        this.config = config;
        this.evaluateEvery = evaluateEvery;
        this.stopping = stopping;
        this.listener = listener;
        this.stopRequested = stopRequested;
        this.trainer = new Trainer(network, config, task);
        this.plateau = stopping.new Plateau();
    }

    /**
     * One update (and the evaluation when one is due); false once training is over: {@code maxSteps} reached,
     * asked to stop ({@code stopRequested} is polled before the update), solved or converged. After false it
     * does nothing more.
     */
    public boolean step() {
        if (reason != null) {
            return false;
        }
        if (trainer.steps() >= config.maxSteps()) {
            reason = EndReason.MAX_STEPS;
            return false;
        }
        if (stopRequested.getAsBoolean()) {
            reason = EndReason.STOPPED;
            return false;
        }
        loss = trainer.step();
        windowLoss += loss;
        int step = trainer.steps();
        listener.afterStep(step, loss, network);
        if (step % evaluateEvery == 0) {
            evaluation = evaluate(step);
            evaluatedAt = step;
            if (solvedAt == null && evaluation.solved()) {
                solvedAt = step;
            }
            if (stopping.atFirstSolve() && evaluation.solved()) {
                reason = EndReason.FIRST_SOLVE;
                return false;
            }
            if (plateau.converged(windowLoss / evaluateEvery, evaluation.solved())) {
                reason = EndReason.CONVERGED;
                return false;
            }
            windowLoss = 0;
        }
        if (trainer.steps() >= config.maxSteps()) {
            reason = EndReason.MAX_STEPS;
            return false;
        }
        return true;
    }

    /** Ends the training (an evaluation of the network as it ended, unless the last update had one) and says how. */
    public TrainingOutcome finish() {
        if (reason == null) {
            throw new IllegalStateException("training is not over: step() until it answers false");
        }
        if (evaluatedAt != trainer.steps()) {
            evaluation = evaluate(trainer.steps());
            evaluatedAt = trainer.steps();
            if (solvedAt == null && evaluation.solved()) {
                solvedAt = trainer.steps();
            }
        }
        return new TrainingOutcome(trainer.steps(), loss, evaluation, solvedAt, reason == EndReason.STOPPED,
                System.nanoTime() - start, reason);
    }

    private Evaluation evaluate(int step) {
        Evaluation e = task.evaluate(network);
        listener.afterEvaluation(step, e);
        return e;
    }
}
