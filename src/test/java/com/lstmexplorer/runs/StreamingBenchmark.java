package com.lstmexplorer.runs;

import static org.awaitility.Awaitility.await;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.testing.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Measures what live streaming costs training: the same run (same task, size and seed) trained with
 * nobody watching, with a STOMP client subscribed to its topic, and with a slow client (one that takes
 * a second over each frame, far slower than the stream), in turn, several rounds.
 * Prints steps per second of each, the slowdowns, and what the clients received.
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.runs.StreamingBenchmark -Dexec.args="copy 3000 5"
 * </pre>
 * Arguments: task (default copy), steps per run (default 3000), rounds (default 5); -Dbenchmark.parse=true makes
 * the clients parse activations frames too.
 */
public final class StreamingBenchmark {
    private final Http http;
    private final int port;
    private final String runJson;

    /** Who watches a run: nobody, a client that keeps up, a client that reads a frame a second. */
    private enum Watcher { NOBODY, CLIENT, SLOW_CLIENT }

    private static final long SLOW_READ_MS = 1000;
    /**
     * Whether the clients parse activations frames. A browser parses them on its own machine; these
     * clients run in the server's JVM on the same cores, so by default they only count them
     * ({@code -Dbenchmark.parse=true} to include the parsing, which then competes with training).
     */
    private static final boolean PARSE = Boolean.getBoolean("benchmark.parse");

    /** {@code bytes}: of the activation frames received. */
    private record Result(double stepsPerSecond, int frames, int activationFrames, long bytes, long elapsedMs) {
    }

    private StreamingBenchmark(int port, String task, int steps) {
        this.port = port;
        this.http = new Http(port);
        // A learning rate too small to solve the task: every run does exactly `steps` updates.
        this.runJson = "{\"task\":\"" + task + "\",\"seed\":1,\"learningRate\":1e-6,\"maxSteps\":" + steps + "}";
    }

    public static void main(String[] args) throws Exception {
        String task = args.length > 0 ? args[0] : "copy";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (ConfigurableApplicationContext app = SpringApplication.run(LstmExplorerApplication.class,
                "--server.port=0", "--lstm-explorer.runs.max-concurrent=1", "--logging.level.root=warn",
                "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            new StreamingBenchmark(port, task, steps).measure(task, steps, rounds);
        }
        System.exit(0);
    }

    private void measure(String task, int steps, int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "task %s, %d steps a run, %d rounds, %d cores, clients %s activations frames%n",
                task, steps, rounds, Runtime.getRuntime().availableProcessors(), PARSE ? "parse" : "only count");
        for (Watcher watcher : Watcher.values()) {
            train(watcher); // warm-up: JIT and first-use costs out of the figures
        }
        List<Double> alone = new ArrayList<>();
        List<Double> watched = new ArrayList<>();
        List<Double> slow = new ArrayList<>();
        Result last = null;
        for (int round = 0; round < rounds; round++) {
            Result[] byWatcher = new Result[Watcher.values().length];
            for (int k = 0; k < byWatcher.length; k++) { // a different one first each round
                Watcher watcher = Watcher.values()[(round + k) % byWatcher.length];
                byWatcher[watcher.ordinal()] = train(watcher);
            }
            Result u = byWatcher[Watcher.NOBODY.ordinal()];
            Result w = byWatcher[Watcher.CLIENT.ordinal()];
            Result s = byWatcher[Watcher.SLOW_CLIENT.ordinal()];
            alone.add(u.stepsPerSecond());
            watched.add(w.stepsPerSecond());
            slow.add(s.stepsPerSecond());
            last = w;
            System.out.printf(Locale.ROOT, "round %d: unwatched %.0f steps/s, watched %.0f steps/s (%d frames, %d of "
                    + "them activations, %.1f MB), watched by a slow client %.0f steps/s (it read %d frames)%n",
                    round + 1, u.stepsPerSecond(), w.stepsPerSecond(), w.frames(), w.activationFrames(), w.bytes() / 1e6,
                    s.stepsPerSecond(), s.frames());
        }
        double u = median(alone);
        double w = median(watched);
        double s = median(slow);
        System.out.printf(Locale.ROOT, "median: unwatched %.0f steps/s, watched %.0f steps/s, streaming costs %.1f %%; "
                + "with a slow client %.0f steps/s, %.1f %%%n", u, w, 100 * (1 - w / u), s, 100 * (1 - s / u));
        System.out.printf(Locale.ROOT, "stream of the last watched run: %.1f frames/s, %.1f activation frames/s, "
                + "%.0f kB per activations frame, %.2f MB/s%n", last.frames() * 1000.0 / last.elapsedMs(),
                last.activationFrames() * 1000.0 / last.elapsedMs(),
                last.bytes() / 1e3 / Math.max(1, last.activationFrames()), last.bytes() / 1e3 / last.elapsedMs());
    }

    /**
     * One run queued behind a blocker, so that a watcher is subscribed before its first step. A slow
     * client is not waited for: it would take minutes to read what was sent.
     */
    private Result train(Watcher watcher) throws Exception {
        boolean watch = watcher == Watcher.CLIENT;
        String blocker = http.post("/api/runs", RunsApiTest.LONG_RUN).json().get("id").asString();
        String id = http.post("/api/runs", runJson).json().get("id").asString();
        StompFrames stream = watcher == Watcher.NOBODY ? null
                : new StompFrames(port, id, watcher == Watcher.SLOW_CLIENT ? SLOW_READ_MS : 0, PARSE);
        try {
            http.post("/api/runs/" + blocker + "/stop", "");
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !http.get("/api/runs/" + id).json().get("status").asString().matches("queued|running"));
            if (watch) {
                await().atMost(Duration.ofSeconds(30)).until(() -> stream.last().get("type").asString().equals("progress")
                        && !stream.last().get("status").asString().matches("queued|running"));
            }
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
        JsonNode run = http.get("/api/runs/" + id).json();
        long elapsed = run.get("elapsedMs").asLong();
        double stepsPerSecond = run.get("step").asInt() * 1000.0 / elapsed;
        if (!watch) {
            return new Result(stepsPerSecond, stream == null ? 0 : stream.frames.size(), 0, 0, elapsed);
        }
        long bytes = 0;
        for (int i = 0; i < stream.frames.size(); i++) {
            bytes += stream.frames.get(i).get("type").asString().equals("activations") ? stream.sizes.get(i) : 0;
        }
        return new Result(stepsPerSecond, stream.frames.size(), stream.ofType("activations").size(), bytes, elapsed);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
