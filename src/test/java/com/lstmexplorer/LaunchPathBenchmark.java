package com.lstmexplorer;

import com.lstmexplorer.testing.AppProcess;
import com.lstmexplorer.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Trains the same custom run (datasets/text/train.txt, 400 steps, seed 1, full speed) on the app started each
 * documented way, a fresh data directory each time, and prints the times side by side: the README's
 * {@code ./mvnw spring-boot:run} against {@code java --add-modules jdk.incubator.vector -jar}, and on request the
 * old spring-boot:run (optimizedLaunch, C1 alone) and a jar without the vector module. Also the seed networks'
 * first-start times the app logs, the app JVM's CPU time over the run (what a busy machine disturbs least)
 * and the load average.
 * <pre>
 * ./mvnw -q package -DskipTests &amp;&amp; ./mvnw -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.LaunchPathBenchmark -Dexec.args="2 jar mvnw"
 * </pre>
 * Arguments: rounds (default 2), then launch paths (default {@code jar mvnw}; also {@code mvnw-optimized},
 * {@code jar-no-module}). Each round runs the paths in turn, every other round in reverse order. Ports 18081-18084
 * ({@code -Dbenchmark.port} moves them).
 * {@code -Dbenchmark.project=DIR} runs the commands in another checkout (e.g. a {@code git worktree} of an
 * older commit, to measure the launch as it was).
 */
public final class LaunchPathBenchmark {
    private static final Path TRAIN = Path.of("datasets/text/train.txt");
    private static final Path JAR = Path.of("target/lstm-explorer.jar");
    /** Where the commands run: this project, or another checkout of it (an older commit, to compare). */
    private static final Path PROJECT = Path.of(System.getProperty("benchmark.project", "."));
    /** The first port of the launch paths' (each path has its own, from here). */
    private static final int PORT = Integer.getInteger("benchmark.port", 18081);
    private static final Pattern SEED = Pattern.compile("seed network of (\\S+) trained in (\\d+) ms");
    private static final int SEEDS = 4;
    private static final Duration START = Duration.ofMinutes(10);
    private static final Duration RUN = Duration.ofMinutes(60);

    /** The launch paths by name: each one's command for a port and a data directory. */
    private static final Map<String, BiFunction<Integer, Path, List<String>>> LAUNCHES = new LinkedHashMap<>();

    static {
        LAUNCHES.put("mvnw", LaunchPathBenchmark::mavenRun);
        LAUNCHES.put("jar", (port, dir) -> jar(List.of("--add-modules", "jdk.incubator.vector"), port, dir));
        LAUNCHES.put("mvnw-optimized", (port, dir) -> Stream.concat(mavenRun(port, dir).stream(),
                Stream.of("-Dspring-boot.run.optimizedLaunch=true")).toList());
        LAUNCHES.put("jar-no-module", (port, dir) -> jar(List.of(), port, dir));
    }

    /** One launch's figures: times in seconds. */
    private record Result(String launch, int round, double startSeconds, Map<String, Double> seedSeconds,
                          double runSeconds, double runElapsedSeconds, double cpuSeconds, String status, int steps, String kernels,
                          String load) {
    }

    private LaunchPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("jar", "mvnw");
        for (String name : names) {
            if (!LAUNCHES.containsKey(name)) {
                throw new IllegalArgumentException("unknown launch path '" + name + "'; known: " + LAUNCHES.keySet());
            }
        }
        if (names.stream().anyMatch(n -> n.startsWith("jar")) && !Files.isRegularFile(PROJECT.resolve(JAR))) {
            throw new IllegalStateException(JAR + " is missing: ./mvnw -q package -DskipTests first");
        }
        byte[] data = Files.readAllBytes(TRAIN);
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<String> order = new ArrayList<>(names);
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (String name : order) {
                int port = PORT + List.copyOf(LAUNCHES.keySet()).indexOf(name);
                Result result = measure(name, round, port, data);
                results.add(result);
                System.out.println(row(result));
            }
        }
        System.out.println();
        for (String name : names) {
            System.out.printf(Locale.ROOT, "%-15s medians over %d rounds: custom run %.2f s, app JVM's CPU %.2f s%n", name,
                    rounds, median(results, name, Result::runSeconds), median(results, name, Result::cpuSeconds));
        }
        if (names.contains("jar")) {
            for (String name : names) {
                if (!name.equals("jar")) {
                    System.out.printf(Locale.ROOT, "%s / jar: %.2fx wall, %.2fx CPU%n", name,
                            median(results, name, Result::runSeconds) / median(results, "jar", Result::runSeconds),
                            median(results, name, Result::cpuSeconds) / median(results, "jar", Result::cpuSeconds));
                }
            }
        }
    }

    private static Result measure(String name, int round, int port, byte[] data) throws Exception {
        Path dir = Files.createTempDirectory("launch-bench-");
        String loadBefore = load();
        long started = System.nanoTime();
        try (AppProcess app = AppProcess.start(PROJECT, LAUNCHES.get(name).apply(port, dir), dir.resolve("app.log"))) {
            String up = app.awaitLine(l -> l.contains("Started LstmExplorerApplication"), START)
                    .orElseThrow(() -> new IllegalStateException(name + " did not start:\n" + app.tail(40)));
            double startSeconds = (System.nanoTime() - started) / 1e9;
            List<String> seedLines = app.awaitLines(SEED.asPredicate(), SEEDS, START);
            if (seedLines.size() < SEEDS) {
                throw new IllegalStateException(name + ": the seed networks are not done:\n" + app.tail(40));
            }
            Map<String, Double> seeds = new LinkedHashMap<>();
            for (String line : seedLines) {
                Matcher m = SEED.matcher(line);
                m.find();
                seeds.put(m.group(1), Long.parseLong(m.group(2)) / 1000.0);
            }
            String kernels = app.lines(l -> l.contains("kernels: ")).stream().findFirst().orElse("(no kernel line)");
            // The app's JVM (Maven's fork, or the jar's): its CPU time over the run is what other jobs on the
            // machine disturb least. Found by its own argument, which Maven's command line only holds inside another.
            String ownArgument = "--lstm-explorer.data-dir=" + dir;
            ProcessHandle jvm = app.processWith(arguments -> arguments.contains(ownArgument)).orElseThrow();
            Duration cpuBefore = jvm.info().totalCpuDuration().orElseThrow();
            Http http = new Http(port);
            long posted = System.nanoTime();
            String id = http.postMultipart("/api/runs", data, Map.of("maxSteps", "400", "seed", "1")).ok().json()
                    .get("id").asString();
            JsonNode run = http.get("/api/runs/" + id).json();
            while (run.get("status").asString().matches("queued|running")) {
                if (System.nanoTime() - posted > RUN.toNanos()) {
                    throw new IllegalStateException(name + ": the run took over " + RUN);
                }
                Thread.sleep(50);
                run = http.get("/api/runs/" + id).json();
            }
            double runSeconds = (System.nanoTime() - posted) / 1e9;
            double cpuSeconds = (jvm.info().totalCpuDuration().orElseThrow().toNanos() - cpuBefore.toNanos()) / 1e9;
            kernels = kernels.substring(kernels.indexOf("kernels: "));
            return new Result(name, round, startSeconds, seeds, runSeconds,
                    run.get("elapsedMs").asLong() / 1000.0, cpuSeconds, run.get("status").asString(), run.get("step").asInt(),
                    kernels, loadBefore + " -> " + load());
        } finally {
            deleteTree(dir);
        }
    }

    private static String row(Result r) {
        StringBuilder seeds = new StringBuilder();
        r.seedSeconds().forEach((task, s) -> seeds.append(String.format(Locale.ROOT, " %s %.2f", task, s)));
        return String.format(Locale.ROOT, "%-15s round %d: custom run %.2f s (run's elapsedMs %.2f s, %s at step %d;"
                        + " app JVM's CPU %.2f s); seeds (s):%s; up after %.1f s; load %s; %s", r.launch(), r.round(),
                r.runSeconds(), r.runElapsedSeconds(), r.status(), r.steps(), r.cpuSeconds(), seeds, r.startSeconds(),
                r.load(), r.kernels());
    }

    private static double median(List<Result> results, String launch, ToDoubleFunction<Result> figure) {
        double[] values = results.stream().filter(r -> r.launch().equals(launch)).mapToDouble(figure).sorted()
                .toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static List<String> mavenRun(int port, Path dir) {
        return List.of("./mvnw", "-B", "-q", "spring-boot:run",
                "-Dspring-boot.run.arguments=--server.port=" + port + " --lstm-explorer.data-dir=" + dir);
    }

    private static List<String> jar(List<String> jvmOptions, int port, Path dir) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--lstm-explorer.data-dir=" + dir));
        return command;
    }

    /** The 1-minute load average, from /proc/loadavg. */
    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
