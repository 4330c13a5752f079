package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.Task;
import java.util.function.BooleanSupplier;

/**
 * Trains a network on a task until it is solved, {@code maxSteps} is reached or it is asked to stop,
 * evaluating on the task's evaluation set every {@code evaluateEvery} updates (evaluation is greedy
 * decoding of every case, so it is spaced out rather than run after each update).
 */
public final class TrainingLoop {
    /** Updates between two evaluations unless a constructor says otherwise. */
    public static final int DEFAULT_EVALUATE_EVERY = 20;

    private final Task task;
    private final Network network;
    private final TrainingConfig config;
    private final int evaluateEvery;

    public TrainingLoop(Task task, Network network, TrainingConfig config) {
        this(task, network, config, DEFAULT_EVALUATE_EVERY);
    }

    public TrainingLoop(Task task, Network network, TrainingConfig config, int evaluateEvery) {
        if (evaluateEvery < 1) {
            throw new IllegalArgumentException("evaluateEvery must be at least 1, got " + evaluateEvery);
        }
        this.task = task;
        this.network = network;
        this.config = config;
        this.evaluateEvery = evaluateEvery;
    }

    /** Runs on the calling thread; {@code stopRequested} is polled between updates. */
    public TrainingOutcome run(TrainingListener listener, BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        Trainer trainer = new Trainer(network, config, task);
        double loss = Double.NaN;
        Evaluation evaluation = null;
        int evaluatedAt = -1;
        Integer solvedAt = null;
        boolean stopped = false;
        while (trainer.steps() < config.maxSteps()) {
            if (stopRequested.getAsBoolean()) {
                stopped = true;
                break;
            }
            loss = trainer.step();
            int step = trainer.steps();
            listener.afterStep(step, loss, network);
            if (step % evaluateEvery == 0) {
                evaluation = evaluate(listener, step);
                evaluatedAt = step;
                if (evaluation.solved()) {
                    solvedAt = step;
                    break;
                }
            }
        }
        if (evaluatedAt != trainer.steps()) {
            evaluation = evaluate(listener, trainer.steps());
            if (evaluation.solved()) {
                solvedAt = trainer.steps();
            }
        }
        return new TrainingOutcome(trainer.steps(), loss, evaluation, solvedAt, stopped, System.nanoTime() - start);
    }

    private Evaluation evaluate(TrainingListener listener, int step) {
        Evaluation evaluation = task.evaluate(network);
        listener.afterEvaluation(step, evaluation);
        return evaluation;
    }
}
