package com.lstmexplorer.runs;

import com.lstmexplorer.live.LiveFrame;
import com.lstmexplorer.live.LiveTopics;
import com.lstmexplorer.live.TopicSubscriptions;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Trace;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends each run's frames to {@code /topic/runs/{id}}: progress on a timer from the progress thread,
 * activations from the activations thread when training hands over a copy of its network, and a final
 * frame when a run ends. Two threads, so a progress tick never waits for a network to be traced; the
 * progress thread publishes every progress frame (the final one too, handed over once the final
 * activations are out), which keeps them in order and the final frame last. An activations frame is
 * dropped, never queued, while the run's previous one is still being traced or sent, and skipped when
 * nobody is subscribed.
 * Each frame is encoded once (progress as JSON, activations in {@link CompactActivations}' form) and
 * handed to every subscriber by {@link LiveTopics}; a new subscriber alone is greeted with the state.
 */
@Component
class RunStream {
    private static final Logger log = LoggerFactory.getLogger(RunStream.class);
    static final String TOPIC = "/topic/runs/";

    private final LiveTopics topics;
    private final JsonMapper json;
    private final TopicSubscriptions subscriptions;
    private final RunRegistry registry;
    private final int decimals;
    private final Set<Run> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService progressThread = daemon("run-progress");
    private final ScheduledExecutorService activationsThread = daemon("run-activations");

    RunStream(LiveTopics topics, JsonMapper json, TopicSubscriptions subscriptions, RunRegistry registry,
              RunSettings settings) {
        this.topics = topics;
        this.json = json;
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.decimals = settings.streamDecimals();
        long every = settings.progressIntervalMs();
        progressThread.scheduleAtFixedRate(guarded(this::sendProgressOfLiveRuns), every, every, TimeUnit.MILLISECONDS);
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
        activationsThread.execute(guarded(() -> {
            try {
                topics.publish(TOPIC + run.id(), activations(run, new Run.Published(copy, step)));
            } finally {
                run.frameInFlight().set(false);
            }
        }));
    }

    /** The run has reached its final status: its last activations, then a last progress frame. */
    void ended(Run run) {
        live.remove(run);
        activationsThread.execute(() -> {
            guarded(() -> {
                if (subscriptions.hasSubscribers(TOPIC + run.id())) {
                    topics.publish(TOPIC + run.id(), activations(run, run.published()));
                }
            }).run();
            // The final status goes out even when its activations could not be written.
            progressThread.execute(guarded(() -> topics.publish(TOPIC + run.id(), progress(run))));
        });
    }

    /** A client subscribed to a run: send it (and only it) the current state at once, not at the next tick. */
    private void greet(TopicSubscriptions.Subscriber subscriber) {
        if (!subscriber.destination().startsWith(TOPIC)) {
            return;
        }
        registry.find(subscriber.destination().substring(TOPIC.length())).ifPresent(run ->
                activationsThread.execute(() -> {
                    guarded(() -> topics.publish(subscriber, activations(run, run.published()))).run();
                    progressThread.execute(guarded(() -> topics.publish(subscriber, progress(run))));
                }));
    }

    private void sendProgressOfLiveRuns() {
        for (Run run : live) {
            if (!run.status().isFinal()) {
                sendProgress(run);
            }
        }
    }

    private void sendProgress(Run run) {
        topics.publish(TOPIC + run.id(), progress(run));
    }

    /** A progress frame; the one with the final status stays behind the activations queued before it. */
    private LiveFrame progress(Run run) {
        ProgressFrame frame = ProgressFrame.of(run);
        return LiveFrame.json(json.writeValueAsBytes(frame),
                frame.status().isFinal() ? LiveFrame.Kind.LAST : LiveFrame.Kind.URGENT);
    }

    private LiveFrame activations(Run run, Run.Published at) {
        List<Trace> traces = run.probes().stream().map(at.network()::trace).toList();
        return LiveFrame.binary(CompactActivations.encode(at.step(), traces, decimals), LiveFrame.Kind.BULK);
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

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void close() {
        progressThread.shutdownNow();
        activationsThread.shutdownNow();
    }
}
