package com.lstmexplorer.runs;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
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
 * Starts, finds and stops training runs. Runs train on a pool of {@code max-concurrent} threads;
 * up to {@code max-queued} more wait; beyond that {@link #start} answers 429. Ids are 128 random bits.
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

    /** A run of one of the seed tasks named by {@code request.task()}. */
    public Run start(RunRequest request) {
        if (request.task() == null || request.task().isBlank()) {
            throw new IllegalArgumentException("task is required; expected one of " + String.join(", ", SeedTasks.ids()));
        }
        return start(SeedTasks.byId(request.task()), request);
    }

    /** A run of any task (e.g. one built from a user's data), with the request's settings over its defaults. */
    public Run start(Task task, RunRequest request) {
        return start(task, RunConfig.resolve(request, task.defaults(), settings, random));
    }

    /**
     * Queues a run of {@code task} with exactly {@code config}.
     *
     * @throws ResponseStatusException 429 when every training slot and queue place is taken
     */
    public Run start(Task task, RunConfig config) {
        Network network = Network.create(task.vocabulary(), config.shape(), config.seed());
        Run run = new Run(newId(), task, config, Probes.of(task, config, settings), network.copy());
        registry.admit(run);
        stream.track(run);
        pool.execute(new TrainingJob(run, network, stream, settings.activationsIntervalMs(), this::ended));
        return run;
    }

    /** The run, or 404 naming the id. */
    public Run get(String id) {
        return registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no run with id '" + id + "': it never existed or has been forgotten (only the latest "
                        + settings.maxKept() + " ended runs are kept)"));
    }

    /** Every known run, newest first. */
    public List<Run> list() {
        return registry.all();
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
