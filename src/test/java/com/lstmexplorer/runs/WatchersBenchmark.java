package com.lstmexplorer.runs;

import com.lstmexplorer.testing.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What watchers cost a run, measured as issue 9 did it: the app runs as a separate process (the jar, a
 * temporary data directory, one run at a time), and the same 1,500-step custom run on
 * {@code datasets/brackets/train.txt} (full speed, seed 1) is trained unwatched and then watched by N real
 * STOMP-over-WebSocket clients on loopback sockets ({@link Watcher}: they offer permessage-deflate like a
 * browser and only count frames), side by side, for each N. Prints one line per run pair: run time
 * against the unwatched twin; per watcher, the progress frames due since its greeting (numbered by their
 * {@code seq}) and how many of them never came or came out of order, and watchers the final frame never
 * reached; activations frames per watcher, bytes sent, and the server's CPU-seconds (from /proc).
 * <pre>
 * ./mvnw -q package -DskipTests &amp;&amp; ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.runs.WatchersBenchmark -Dexec.args="5,20,100 2 18100"
 * </pre>
 * Arguments: watcher counts (default 5,20,100), rounds (default 1), port (default 18100), jar (default
 * target/lstm-explorer.jar).
 */
public final class WatchersBenchmark {
    private static final int STEPS = 1500;
    /** Each phase of a round has a deadline, so 100 watchers on a loaded machine still end by themselves. */
    private static final long SUBSCRIBE_WAIT_MS = 120_000;
    private static final long RUN_WAIT_MS = 600_000;
    private static final long END_WAIT_MS = 120_000;

    private final Http http;
    private final int port;
    private final long pid;
    private final String runJson;

    /**
     * Progress frames are counted per watcher from its greeting (the frame that carries the {@code last-seq}
     * when its subscription took effect) to the run's final frame, by their {@code seq}: {@code fewestDue}
     * and {@code mostDue} bound how many were due to one watcher, {@code missing} sums over the watchers the
     * numbers due that never came, {@code withoutFinal} counts watchers the final frame never reached.
     */
    private record Result(int watchers, long elapsedMs, double cpuSeconds, long fewestDue, long mostDue, long missing,
                          int watchersMissing, int outOfOrder, int withoutFinal, double meanActivations, long bytes,
                          boolean compressed, int failures) {
    }

    private WatchersBenchmark(int port, long pid) throws Exception {
        this.port = port;
        this.pid = pid;
        this.http = new Http(port);
        ObjectNode run = Http.JSON.createObjectNode().put("task", "custom").put("seed", 1).put("maxSteps", STEPS);
        Files.readAllLines(Path.of("datasets/brackets/train.txt")).forEach(run.putArray("sequences")::add);
        this.runJson = run.toString();
    }

    public static void main(String[] args) throws Exception {
        List<Integer> counts = new ArrayList<>();
        for (String n : (args.length > 0 ? args[0] : "5,20,100").split(",")) {
            counts.add(Integer.parseInt(n));
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18100;
        String jar = args.length > 3 ? args[3] : "target/lstm-explorer.jar";
        Path data = Files.createTempDirectory("watchers-benchmark");
        Process server = new ProcessBuilder("java", "--add-modules", "jdk.incubator.vector", "-jar", jar,
                "--server.port=" + port, "--lstm-explorer.data-dir=" + data,
                "--lstm-explorer.snapshots.seed-networks=false", "--lstm-explorer.runs.max-concurrent=1",
                "--logging.level.root=warn", "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            WatchersBenchmark bench = new WatchersBenchmark(port, server.pid());
            bench.awaitUp(server);
            System.out.printf(Locale.ROOT, "server pid %d (%s), %d cores, load average %s%n", server.pid(), jar,
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            bench.train(0);
            bench.train(5); // warm-up: JIT and first-use costs out of the figures
            for (int round = 1; round <= rounds; round++) {
                for (int n : counts) {
                    Result twin = bench.train(0);
                    Result watched = bench.train(n);
                    print(round, twin, watched);
                }
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        System.exit(0);
    }

    private static void print(int round, Result twin, Result w) {
        System.out.printf(Locale.ROOT, "round %d | %3d watchers | %6.1f s vs %5.1f s unwatched: %.2fx | progress "
                        + "frames due to a watcher since its greeting %d-%d, missing %d (at %d watchers), out of order %d, "
                        + "final frame missing at %d | activations frames per watcher %.1f | %.1f MB sent | server CPU "
                        + "%.1f s vs %.1f s | deflate %s | failures %d | load %s%n",
                round, w.watchers(), w.elapsedMs() / 1e3, twin.elapsedMs() / 1e3,
                (double) w.elapsedMs() / twin.elapsedMs(), w.fewestDue(), w.mostDue(), w.missing(),
                w.watchersMissing(), w.outOfOrder(), w.withoutFinal(), w.meanActivations(), w.bytes() / 1e6,
                w.cpuSeconds(), twin.cpuSeconds(), w.compressed() ? "on" : "off", w.failures(), loadAverage());
    }

    private void awaitUp(Process server) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                if (http.get("/api/tasks").status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start within 2 minutes");
    }

    /** One run queued behind a blocker, so that every watcher is subscribed before its first step. */
    private Result train(int watchers) throws Exception {
        String blocker = http.post("/api/runs", RunsApiTest.LONG_RUN).ok().json().get("id").asString();
        String id = http.post("/api/runs", runJson).ok().json().get("id").asString();
        List<Watcher> clients = new ArrayList<>();
        try {
            for (int i = 0; i < watchers; i++) {
                clients.add(new Watcher(port, id, true, 0));
            }
            long subscribeDeadline = System.currentTimeMillis() + SUBSCRIBE_WAIT_MS;
            for (Watcher w : clients) { // each is greeted with the run's state once subscribed
                while (w.greetingSeq < 0 && System.currentTimeMillis() < subscribeDeadline) {
                    Thread.sleep(100);
                }
            }
            double cpu0 = cpuSeconds();
            http.post("/api/runs/" + blocker + "/stop", "").ok();
            long runDeadline = System.currentTimeMillis() + RUN_WAIT_MS;
            JsonNode run;
            do {
                Thread.sleep(200);
                run = http.get("/api/runs/" + id).ok().json();
                if (System.currentTimeMillis() > runDeadline) {
                    http.post("/api/runs/" + id + "/stop", "");
                }
            } while (run.get("status").asString().matches("queued|running"));
            long endDeadline = System.currentTimeMillis() + END_WAIT_MS;
            for (Watcher w : clients) {
                w.awaitEnd(Math.max(1, endDeadline - System.currentTimeMillis()));
            }
            double cpu = cpuSeconds() - cpu0;
            long fewest = Long.MAX_VALUE;
            long most = 0;
            long missing = 0;
            int watchersMissing = 0;
            int outOfOrder = 0;
            int withoutFinal = 0;
            long bytes = 0;
            double activations = 0;
            int failures = 0;
            for (Watcher w : clients) {
                if (w.greetingSeq < 0 || w.finalSeq < 0) {
                    withoutFinal++;
                } else {
                    long due = w.finalSeq - w.greetingSeq;
                    fewest = Math.min(fewest, due);
                    most = Math.max(most, due);
                    missing += due - w.numberedAfterGreeting;
                    watchersMissing += due > w.numberedAfterGreeting ? 1 : 0;
                }
                outOfOrder += w.outOfOrder;
                activations += w.activations;
                bytes += w.wireBytes;
                failures += w.failure == null ? 0 : 1;
            }
            return new Result(watchers, run.get("elapsedMs").asLong(), cpu, most == 0 ? 0 : fewest, most, missing,
                    watchersMissing, outOfOrder, withoutFinal, activations / Math.max(1, watchers), bytes,
                    !clients.isEmpty() && clients.get(0).compressed(), failures);
        } finally {
            for (Watcher w : clients) {
                w.close();
            }
        }
    }

    /** User plus system CPU time of the server process so far (/proc/PID/stat fields 14 and 15, in ticks). */
    private double cpuSeconds() throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
