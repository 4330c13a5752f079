package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.Evaluation;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.owners.Owner;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One training run and where it stands. The training thread writes the progress fields; any thread
 * may read them (they are volatile) and take {@link #network()}, a copy training never touches.
 */
public final class Run {
    private final String id;
    private final Task task;
    private final RunConfig config;
    private final List<String> probes;
    private final Owner owner;
    private final Instant createdAt = Instant.now();
    private final AtomicBoolean frameInFlight = new AtomicBoolean();
    private final LossHistory history = new LossHistory();

    private volatile RunStatus status = RunStatus.QUEUED;
    private volatile int step;
    private volatile double loss = Double.NaN;
    private volatile Double accuracy;
    private volatile Double validationLoss;
    private volatile Integer solvedAtStep;
    private volatile long startedNanos;
    private volatile long endedNanos;
    private volatile String error;
    private volatile String endReason;
    private volatile boolean stopRequested;
    private volatile Published published;

    /** A network copy and the step it was taken at, published together so readers never mix them. */
    public record Published(Network network, int step) {
    }

    Run(String id, Task task, RunConfig config, List<String> probes, Network untrainedCopy, Owner owner) {
        this.id = id;
        this.owner = owner;
        this.task = task;
        this.config = config;
        this.probes = List.copyOf(probes);
        this.published = new Published(untrainedCopy, 0);
    }

    public String id() {
        return id;
    }

    public Task task() {
        return task;
    }

    public RunConfig config() {
        return config;
    }

    public RunStatus status() {
        return status;
    }

    /** The task's probe sequences whose activations are streamed (the first of its evaluation set). */
    public List<String> probes() {
        return probes;
    }

    /**
     * The network as of the last published copy: the untrained one while queued, one at most an
     * activations interval old while running, the final one once ended. Never mutated afterwards.
     */
    public Network network() {
        return published.network();
    }

    /** {@link #network()} with the step it was taken at. */
    public Published published() {
        return published;
    }

    /** Who started the run (null: the server itself); only they may stop or delete it. */
    public Owner owner() {
        return owner;
    }

    public boolean ownedBy(Owner viewer) {
        return owner != null && owner.is(viewer);
    }

    public RunView view() {
        return view(null);
    }

    /** The run as {@code viewer} (null: nobody in particular) sees it: {@code mine} tells whether they own it. */
    public RunView view(Owner viewer) {
        return new RunView(id, task.id(), config, status, step, Double.isNaN(loss) ? null : loss, accuracy,
                validationLoss, solvedAtStep, elapsedMs(), error, endReason, createdAt, probes, history.points(),
                ownedBy(viewer));
    }

    public long elapsedMs() {
        long start = startedNanos;
        if (start == 0) {
            return 0;
        }
        long end = status.isFinal() ? endedNanos : System.nanoTime();
        return (end - start) / 1_000_000;
    }

    int step() {
        return step;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    AtomicBoolean frameInFlight() {
        return frameInFlight;
    }

    /** Queued to running; false if it was stopped while it waited. */
    synchronized boolean begin() {
        if (status != RunStatus.QUEUED) {
            return false;
        }
        startedNanos = System.nanoTime();
        status = RunStatus.RUNNING;
        return true;
    }

    void progress(int step, double loss) {
        this.step = step;
        this.loss = loss;
    }

    void evaluated(int step, Evaluation evaluation) {
        accuracy = evaluation.accuracy();
        history.add(step, step == this.step ? loss : Double.NaN, evaluation.accuracy());
        // A custom task's evaluation also measures the loss on its held-back split: worth showing too.
        evaluation.loss().ifPresent(l -> validationLoss = l);
        if (evaluation.solved() && solvedAtStep == null) {
            solvedAtStep = step;
        }
    }

    void publish(Network copy, int atStep) {
        published = new Published(copy, atStep);
    }

    /** Asks a running run to stop at its next step; a queued run stops at once (true if it did). */
    synchronized boolean requestStop() {
        stopRequested = true;
        return status == RunStatus.QUEUED && end(RunStatus.STOPPED, null, "stopped");
    }

    /** Moves to a final status once; false if the run had already ended. */
    synchronized boolean end(RunStatus finalStatus, String why, String reason) {
        if (status.isFinal()) {
            return false;
        }
        endReason = reason;
        endedNanos = System.nanoTime();
        if (startedNanos == 0) {
            startedNanos = endedNanos;
        }
        error = why;
        status = finalStatus;
        return true;
    }
}
