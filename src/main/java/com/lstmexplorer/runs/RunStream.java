package com.lstmexplorer.runs;

import com.lstmexplorer.live.TopicSubscriptions;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.traces.TraceService;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends each run's frames to {@code /topic/runs/{id}} from one stream thread: progress on a timer,
 * activations when training hands over a copy of its network, and a final frame when a run ends.
 * One thread keeps a run's frames in order; an activations frame is dropped, never queued, while
 * the run's previous one is still being traced or sent, and skipped when nobody is subscribed.
 */
@Component
class RunStream {
    private static final Logger log = LoggerFactory.getLogger(RunStream.class);
    static final String TOPIC = "/topic/runs/";

    private final SimpMessagingTemplate broker;
    private final TopicSubscriptions subscriptions;
    private final RunRegistry registry;
    private final int decimals;
    private final Set<Run> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "run-stream");
        t.setDaemon(true);
        return t;
    });

    RunStream(SimpMessagingTemplate broker, TopicSubscriptions subscriptions, RunRegistry registry,
              RunSettings settings) {
        this.broker = broker;
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.decimals = settings.streamDecimals();
        long every = settings.progressIntervalMs();
        thread.scheduleAtFixedRate(guarded(this::sendProgressOfLiveRuns), every, every, TimeUnit.MILLISECONDS);
        subscriptions.onSubscribe(this::greet);
    }

    /** From now on, {@code run} gets progress frames until it ends. */
    void track(Run run) {
        live.add(run);
    }

    /** Called on the training thread with a fresh copy: returns at once, whatever happens next. */
    void activations(Run run, int step, Network copy) {
        if (!subscriptions.hasSubscribers(TOPIC + run.id()) || !run.frameInFlight().compareAndSet(false, true)) {
            return;
        }
        thread.execute(guarded(() -> {
            try {
                sendActivations(run, new Run.Published(copy, step));
            } finally {
                run.frameInFlight().set(false);
            }
        }));
    }

    /** The run has reached its final status: its last activations, then a last progress frame. */
    void ended(Run run) {
        live.remove(run);
        thread.execute(guarded(() -> {
            if (subscriptions.hasSubscribers(TOPIC + run.id())) {
                sendActivations(run, run.published());
            }
            sendProgress(run);
        }));
    }

    /** A client subscribed to a run: send it the current state at once rather than at the next tick. */
    private void greet(String destination) {
        if (!destination.startsWith(TOPIC)) {
            return;
        }
        registry.find(destination.substring(TOPIC.length())).ifPresent(run -> thread.execute(guarded(() -> {
            sendActivations(run, run.published());
            sendProgress(run);
        })));
    }

    private void sendProgressOfLiveRuns() {
        for (Run run : live) {
            if (!run.status().isFinal()) {
                sendProgress(run);
            }
        }
    }

    private void sendProgress(Run run) {
        broker.convertAndSend(TOPIC + run.id(), ProgressFrame.of(run));
    }

    private void sendActivations(Run run, Run.Published at) {
        var traces = TraceService.traceAll(at.network(), run.probes(), decimals);
        broker.convertAndSend(TOPIC + run.id(), ActivationsFrame.of(at.step(), traces));
    }

    /** A failing send must not kill the timer (a scheduled task that throws is never run again). */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("could not send a run frame", e);
            }
        };
    }

    @PreDestroy
    void close() {
        thread.shutdownNow();
    }
}
