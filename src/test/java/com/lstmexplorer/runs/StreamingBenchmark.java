package com.lstmexplorer.runs;

import static org.awaitility.Awaitility.await;

import com.lstmexplorer.LstmExplorerApplication;
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
 * nobody watching and with a STOMP client subscribed to its topic, alternating, several rounds.
 * Prints steps per second of each, the slowdown, and what the client received.
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.runs.StreamingBenchmark -Dexec.args="copy 3000 5"
 * </pre>
 * Arguments: task (default copy), steps per run (default 3000), rounds (default 5).
 */
public final class StreamingBenchmark {
    private final Http http;
    private final int port;
    private final String runJson;

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
        System.out.printf(Locale.ROOT, "task %s, %d steps a run, %d rounds, %d cores%n", task, steps, rounds,
                Runtime.getRuntime().availableProcessors());
        train(false); // warm-up: JIT and first-use costs out of the figures
        train(true);
        List<Double> alone = new ArrayList<>();
        List<Double> watched = new ArrayList<>();
        Result last = null;
        for (int round = 0; round < rounds; round++) {
            boolean watchedFirst = round % 2 == 1;
            Result a = train(watchedFirst);
            Result b = train(!watchedFirst);
            Result w = watchedFirst ? a : b;
            Result u = watchedFirst ? b : a;
            alone.add(u.stepsPerSecond());
            watched.add(w.stepsPerSecond());
            last = w;
            System.out.printf(Locale.ROOT, "round %d: unwatched %.0f steps/s, watched %.0f steps/s (%d frames, %d of "
                    + "them activations, %.1f MB)%n", round + 1, u.stepsPerSecond(), w.stepsPerSecond(), w.frames(),
                    w.activationFrames(), w.bytes() / 1e6);
        }
        double u = median(alone);
        double w = median(watched);
        System.out.printf(Locale.ROOT, "median: unwatched %.0f steps/s, watched %.0f steps/s, streaming costs %.1f %%%n",
                u, w, 100 * (1 - w / u));
        System.out.printf(Locale.ROOT, "stream of the last watched run: %.1f frames/s, %.1f activation frames/s, "
                + "%.0f kB per activations frame, %.2f MB/s%n", last.frames() * 1000.0 / last.elapsedMs(),
                last.activationFrames() * 1000.0 / last.elapsedMs(),
                last.bytes() / 1e3 / Math.max(1, last.activationFrames()), last.bytes() / 1e3 / last.elapsedMs());
    }

    /** One run queued behind a blocker, so that a watcher is subscribed before its first step. */
    private Result train(boolean watch) throws Exception {
        String blocker = http.post("/api/runs", RunsApiTest.LONG_RUN).body().get("id").asString();
        String id = http.post("/api/runs", runJson).body().get("id").asString();
        StompFrames stream = watch ? new StompFrames(port, id) : null;
        try {
            http.post("/api/runs/" + blocker + "/stop", "");
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !http.get("/api/runs/" + id).body().get("status").asString().matches("queued|running"));
            if (watch) {
                await().atMost(Duration.ofSeconds(30)).until(() -> stream.last().get("type").asString().equals("progress")
                        && !stream.last().get("status").asString().matches("queued|running"));
            }
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
        JsonNode run = http.get("/api/runs/" + id).body();
        long elapsed = run.get("elapsedMs").asLong();
        double stepsPerSecond = run.get("step").asInt() * 1000.0 / elapsed;
        if (!watch) {
            return new Result(stepsPerSecond, 0, 0, 0, elapsed);
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
