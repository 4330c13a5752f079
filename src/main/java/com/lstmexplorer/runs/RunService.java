package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.owners.Owner;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts, finds, stops and deletes training runs. Runs train on a pool of {@code max-concurrent} threads;
 * up to {@code max-queued} more wait; beyond that {@link #start} answers 429. Runs started together (a comparison)
 * share one pool thread and count one place each. Ids are 128 random bits. A run
 * started for an {@link Owner} is listed, stopped and deleted only by that owner; its id is a link anyone
 * holding it may look at.
 */
@Service
public class RunService {
    private final RunRegistry registry;
    private final RunStream stream;
    private final RunSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService pool;

    RunService(RunRegistry registry, RunStream stream, RunSettings settings) {
        this.registry = registry;
        this.stream = stream;
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        // Admission is bounded by the registry, so the queue itself need not be.
        this.pool = new ThreadPoolExecutor(settings.maxConcurrent(), settings.maxConcurrent(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "run-train-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A run of one of the seed tasks named by {@code request.task()}, owned by {@code owner}. */
    public Run start(RunRequest request, Owner owner) {
        Task task = seedTask(request);
        return start(task, RunConfig.resolve(request, task.defaults(), settings, random), owner);
    }

    /**
     * Queues a run of {@code task} with exactly {@code config}, owned by {@code owner} (null: nobody).
     *
     * @throws ResponseStatusException 429 when every training slot and queue place is taken
     */
    public Run start(Task task, RunConfig config, Owner owner) {
        return startTogether(task, List.of(config), owner).get(0);
    }

    /**
     * Runs of the seed task {@code request.task()}, one per cell, all with the request's other settings (one seed,
     * drawn once if it gives none, so the same initial draw and the same minibatches in the same order), trained
     * in lockstep on one pool thread ({@link GroupTrainingJob}). All of them start, or (400, 429) none.
     */
    public List<Run> startTogether(RunRequest request, List<CellType> cells, Owner owner) {
        Task task = seedTask(request);
        RunConfig shared = RunConfig.resolve(request, task.defaults(), settings, random);
        return startTogether(task, cells.stream().map(shared::withCell).toList(), owner);
    }

    /** Runs of {@code task}, one per config, trained in lockstep on one pool thread: all of them start, or (429) none. */
    public List<Run> startTogether(Task task, List<RunConfig> configs, Owner owner) {
        List<Run> together = new ArrayList<>();
        List<RunTraining> trainings = new ArrayList<>();
        for (RunConfig config : configs) {
            Network network = Network.create(task.vocabulary(), config.shape(), config.seed());
            Run run = new Run(newId(), task, config, Probes.of(task, config, settings), network.copy(), owner);
            together.add(run);
            trainings.add(new RunTraining(run, network, stream, settings.activationsIntervalMs(), this::ended));
        }
        registry.admit(together);
        together.forEach(stream::track);
        pool.execute(trainings.size() == 1 ? new TrainingJob(trainings.get(0)) : new GroupTrainingJob(trainings));
        return List.copyOf(together);
    }

    private static Task seedTask(RunRequest request) {
        if (request.task() == null || request.task().isBlank()) {
            throw new IllegalArgumentException("task is required; expected one of " + String.join(", ", SeedTasks.ids()));
        }
        return SeedTasks.byId(request.task());
    }

    /** The run, or 410 if its owner deleted it, or 404 naming the id. */
    public Run get(String id) {
        if (registry.wasDeleted(id)) {
            throw new ResponseStatusException(HttpStatus.GONE, "run '" + id + "' was deleted by its owner");
        }
        return registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no run with id '" + id + "': it never existed or has been forgotten (only the latest "
                        + settings.maxKept() + " ended runs are kept)"));
    }

    /** True if the run's owner deleted it (while this instance remembers: the latest {@code max-kept} deletions). */
    public boolean deleted(String id) {
        return registry.wasDeleted(id);
    }

    /** Every known run, newest first. */
    public List<Run> list() {
        return registry.all();
    }

    /** The runs {@code owner} started, newest first; none for a caller without an owner key. */
    public List<Run> listOwnedBy(Owner owner) {
        return owner == null ? List.of() : registry.all().stream().filter(run -> run.ownedBy(owner)).toList();
    }

    /** Stops the run for {@code caller}, who must own it (403 otherwise). */
    public Run stop(String id, Owner caller) {
        return stop(owned(get(id), caller, "stop").id());
    }

    /** Stops the run if it still trains and forgets it: its id answers 410 from now on. Only its owner may. */
    public void delete(String id, Owner caller) {
        Run run = owned(get(id), caller, "delete");
        if (run.requestStop()) {
            ended(run);
        }
        registry.delete(run);
    }

    private static Run owned(Run run, Owner caller, String action) {
        if (!run.ownedBy(caller)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, (run.owner() == null
                    ? "run '" + run.id() + "' was started by the server itself; nobody can " + action + " it"
                    : "only the client that started run '" + run.id() + "' can " + action + " it")
                    + " (a link lets others watch, probe and save the run, not " + action + " it)");
        }
        return run;
    }

    /** Stops a run: a queued one at once, a running one after its current step. An ended run is left as it is. */
    public Run stop(String id) {
        Run run = get(id);
        if (run.requestStop()) {
            ended(run);
        }
        return run;
    }

    private void ended(Run run) {
        stream.ended(run);
        registry.ended();
    }

    private String newId() {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    @PreDestroy
    void shutdown() {
        registry.all().forEach(Run::requestStop);
        pool.shutdownNow();
    }
}
