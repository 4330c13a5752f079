package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import com.lstmexplorer.model.train.TrainingSession;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's training on whichever pool thread drives it ({@link TrainingJob} alone, {@link GroupTrainingJob} in
 * turns with others): {@link #begin}, {@link #step} until false, {@link #end}. Per step it only stores two numbers
 * and, once per activations interval, copies the network (microseconds) and hands the copy to the stream: tracing,
 * JSON and sending happen on the stream's thread, so no subscriber can slow training down. A paced run
 * ({@code stepsPerSecond}) waits after a step until its time has come, so people can watch it learn. A failure
 * ends this run alone, as failed, with its message.
 */
final class RunTraining implements TrainingListener {
    private static final Logger log = LoggerFactory.getLogger(RunTraining.class);

    private final Run run;
    private final Network network;
    private final RunStream stream;
    private final long copyIntervalNanos;
    private final Consumer<Run> onEnd;
    private TrainingSession session;
    private Throwable failure;
    private long nextCopyNanos;
    private long startNanos;

    RunTraining(Run run, Network network, RunStream stream, long copyIntervalMs, Consumer<Run> onEnd) {
        this.run = run;
        this.network = network;
        this.stream = stream;
        this.copyIntervalNanos = copyIntervalMs * 1_000_000;
        this.onEnd = onEnd;
    }

    /** Queued to running; false if the run was stopped while it waited (whoever stopped it has ended it). */
    boolean begin() {
        if (!run.begin()) {
            return false;
        }
        nextCopyNanos = System.nanoTime(); // the first step publishes a copy at once
        startNanos = nextCopyNanos;
        try {
            session = new TrainingLoop(run.task(), network, run.config().training(), run.config().stopping())
                    .start(this, run::stopRequested);
        } catch (RuntimeException | Error e) {
            failed(e);
        }
        return true;
    }

    /** One update; false once this run's training is over, however it ended. */
    boolean step() {
        if (failure != null) {
            return false;
        }
        try {
            return session.step();
        } catch (RuntimeException | Error e) {
            failed(e);
            return false;
        }
    }

    /** Records how training ended, publishes the final network and moves the run to its final status. */
    void end() {
        RunStatus status = RunStatus.FAILED;
        String reason = null;
        if (failure == null) {
            try {
                TrainingOutcome outcome = session.finish();
                run.progress(outcome.steps(), outcome.loss());
                if (outcome.evaluation() != null) {
                    run.evaluated(outcome.steps(), outcome.evaluation());
                }
                // solved: solved as it ended (its first solve is kept in solvedAtStep either way)
                status = outcome.stopped() ? RunStatus.STOPPED : outcome.evaluation() != null
                        && outcome.evaluation().solved() ? RunStatus.SOLVED : RunStatus.FINISHED;
                reason = outcome.endReason().id();
            } catch (RuntimeException | Error e) {
                failed(e);
            }
        }
        String error = failure == null ? null
                : failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        run.publish(network, run.step()); // training is over: the network itself is now safe to share
        if (run.end(status, error, reason)) {
            onEnd.accept(run);
        }
    }

    /** Whatever happens, the run must not stay "running": the failure is kept, to end the run with. */
    private void failed(Throwable e) {
        log.warn("run {} failed", run.id(), e);
        failure = e;
    }

    @Override
    public void afterStep(int step, double loss, Network trained) {
        if (!Double.isFinite(loss)) {
            throw new IllegalStateException("training diverged: the loss is " + loss + " at step " + step
                    + "; try a smaller learningRate");
        }
        run.progress(step, loss);
        long now = System.nanoTime();
        if (now - nextCopyNanos >= 0) {
            nextCopyNanos = now + copyIntervalNanos;
            Network copy = trained.copy();
            run.publish(copy, step);
            stream.activations(run, step, copy);
        }
        keepPace(step);
    }

    /** Sleeps until step {@code step} is due at the run's pace; a stop request ends the wait early. */
    private void keepPace(int step) {
        Integer pace = run.config().stepsPerSecond();
        if (pace == null) {
            return;
        }
        long due = startNanos + step * 1_000_000_000L / pace;
        try {
            for (long wait = due - System.nanoTime(); wait > 0 && !run.stopRequested(); wait = due - System.nanoTime()) {
                Thread.sleep(Math.min(wait / 1_000_000 + 1, 100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the loop's stop check ends the run
        }
    }

    @Override
    public void afterEvaluation(int step, Evaluation evaluation) {
        run.evaluated(step, evaluation);
    }
}
