package com.lstmexplorer.runs;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.testing.Http;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the probe box costs: {@code POST /api/runs/{id}/traces} of one 100-character sequence, over HTTP
 * on a real server, as the explorer's text box sends it. For each network size (a counting network
 * 1×10, custom 1×64 and 2×128 over the datasets/text vocabulary) it warms up, then times
 * {@code rounds} requests one after another and prints the median, 95th percentile and maximum.
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.runs.ProbeRoundTripBenchmark -Dexec.args="200"
 * </pre>
 */
public final class ProbeRoundTripBenchmark {
    private static final String TEXT = "The lighthouse stood at the end of a long stone pier, and the keeper walked"
            + " out to it every evening.";

    private ProbeRoundTripBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (ConfigurableApplicationContext app = SpringApplication.run(LstmExplorerApplication.class,
                "--server.port=0", "--logging.level.root=warn", "--lstm-explorer.snapshots.seed-networks=false",
                "--lstm-explorer.data-dir=./target/bench-data", "--spring.main.banner-mode=off")) {
            Http http = Http.of(app);
            String counting = http.finishedRun("{\"task\":\"counting\",\"maxSteps\":1}");
            String lines = String.join(",", TEXT.chars().mapToObj(c -> "\"" + (char) c + TEXT + "\"").toList());
            String custom64 = http.finishedRun("{\"task\":\"custom\",\"maxSteps\":1,\"sequences\":[" + lines + "]}");
            String custom128 = http.finishedRun("{\"task\":\"custom\",\"maxSteps\":1,\"layers\":2,\"hiddenSize\":128,"
                    + "\"sequences\":[" + lines + "]}");
            String hundredCounting = "a".repeat(50) + "X" + "b".repeat(49);
            time(http, counting, "counting 1x10", hundredCounting, rounds);
            time(http, custom64, "custom 1x64", TEXT, rounds);
            time(http, custom128, "custom 2x128", TEXT, rounds);
        }
        System.exit(0);
    }

    private static void time(Http http, String id, String name, String sequence, int rounds) {
        String body = "{\"sequences\":[\"" + sequence + "\"]}";
        for (int i = 0; i < 50; i++) {
            http.post("/api/runs/" + id + "/traces", body);
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            Http.Answer answer = http.post("/api/runs/" + id + "/traces", body);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (answer.status() != 200) {
                throw new IllegalStateException(answer.status() + " " + answer.json());
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-13s %d characters, %d requests: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                name, sequence.length(), rounds, ms[rounds / 2], ms[(int) (rounds * 0.95)], ms[rounds - 1]);
    }
}
