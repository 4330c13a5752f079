package com.lstmexplorer.seeds;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.Stopping;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.SnapshotSettings;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure each seed task has its ready-made network in the gallery. At start-up, in the background so
 * the app answers at once, every seed task without a seed snapshot gets one, trained here with the task's
 * defaults and fixed seeds, learning on after the first solve until converged ({@link Stopping#CONVERGED}:
 * networks that show their mechanism more clearly than at their first solve; docs/benchmarks.md
 * gives the cost). Off with
 * {@code lstm-explorer.snapshots.seed-networks=false}.
 */
@Component
class SeedNetworks {
    /** Seeds of the initial weights and of the training data: fixed, so every install trains the same. */
    static final long SEED = 1;

    private static final Logger log = LoggerFactory.getLogger(SeedNetworks.class);

    private final SnapshotService snapshots;
    private final SnapshotSettings settings;
    private volatile boolean stopping;
    private Thread worker;

    SeedNetworks(SnapshotService snapshots, SnapshotSettings settings) {
        this.snapshots = snapshots;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (settings.seedNetworks() && worker == null) {
            worker = new Thread(this::createMissing, "seed-networks");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Stops a training in progress (its network is not saved) before the database closes. */
    @PreDestroy
    synchronized void stop() throws InterruptedException {
        stopping = true;
        if (worker != null) {
            worker.join(30_000);
        }
    }

    /** Waits until the start-up check and any seeding it started are over; true if they are. */
    boolean awaitDone(Duration timeout) throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = worker;
        }
        if (running != null) {
            running.join(timeout.toMillis());
        }
        return running == null || !running.isAlive();
    }

    void createMissing() {
        for (SeedTask task : SeedTasks.all()) {
            if (stopping) {
                return;
            }
            if (snapshots.seedOf(task.id()).isPresent()) {
                continue;
            }
            try {
                createSeed(task);
            } catch (RuntimeException e) {
                log.error("could not create the seed network of task {}", task.id(), e);
            }
        }
    }

    private void createSeed(SeedTask task) {
        long start = System.nanoTime();
        TaskDefaults d = task.defaults();
        Network network = Network.create(task.vocabulary(), NetworkShape.lstm(d.layers(), d.hiddenSize()), SEED);
        TrainingConfig config = new TrainingConfig(d.learningRate(), d.batchSize(), d.maxSteps(), SEED,
                TrainingConfig.DEFAULT_CLIP_NORM);
        TrainingOutcome outcome = new TrainingLoop(task, network, config, Stopping.CONVERGED).run(new TrainingListener() {
        }, () -> stopping);
        if (outcome.stopped()) {
            return;
        }
        if (!outcome.evaluation().solved()) {
            log.warn("seed network of {} is not solved after {} steps (accuracy {}); saving it anyway",
                    task.id(), outcome.steps(), outcome.evaluation().accuracy());
        }
        SnapshotMetrics metrics = new SnapshotMetrics(outcome.steps(), outcome.loss(),
                outcome.evaluation().accuracy(), outcome.solvedAtStep(), outcome.elapsedNanos() / 1_000_000);
        String title = task.title() + " · seed network";
        SavedSnapshot saved = snapshots.saveSeed(new SnapshotSource(task.id(), title, network, config, metrics, null));
        log.info("seed network of {} trained in {} ms ({} steps, first solved at {}, ended: {}) as snapshot {}", task.id(),
                (System.nanoTime() - start) / 1_000_000, outcome.steps(), outcome.solvedAtStep(),
                outcome.endReason().id(), saved.id());
    }
}
