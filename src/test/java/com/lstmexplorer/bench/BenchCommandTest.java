package com.lstmexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.LstmExplorerApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bench prints the documented JSON lines (shapes only: speed is never asserted in a test). */
class BenchCommandTest {
    /** One short round, no warm-up, one seed: every workload runs once, as fast as it can. */
    private static final String[] TINY = {"--warmup", "0", "--rounds", "1", "--round-seconds", "0", "--seeds", "1",
            "--trace-reps", "1"};
    private static final List<String> SEED_TASKS = List.of("counting", "selective-counting", "state-memory", "copy");

    @Test
    void withoutWorkloadsEveryWorkloadPrintsItsLines() {
        List<JsonNode> lines = run(TINY);
        List<String> seen = new ArrayList<>();
        for (JsonNode line : lines) {
            String workload = line.get("workload").asString();
            String metric = line.get("metric").asString();
            seen.add(workload + " " + metric);
            assertTrue(line.get("value").isNumber() && line.get("value").asDouble() > 0, line.toString());
            switch (metric) {
                case "train_seq_per_s" -> {
                    assertFields(line, "workload", "metric", "threads", "value");
                    assertEquals(1, line.get("threads").asInt());
                }
                case "solve_seconds" -> {
                    assertFields(line, "workload", "metric", "seed", "steps", "solved", "value");
                    assertEquals(1, line.get("seed").asInt());
                    assertTrue(line.get("steps").asInt() > 0, line.toString());
                    assertTrue(line.get("solved").asBoolean(), "the defaults solve " + workload + " with seed 1");
                }
                case "trace_us" -> assertFields(line, "workload", "metric", "length", "hidden", "value");
                default -> throw new AssertionError("unexpected metric in " + line);
            }
        }
        List<String> expected = new ArrayList<>();
        for (String task : SEED_TASKS) {
            expected.add(task + " train_seq_per_s");
            expected.add(task + " solve_seconds");
            if (task.equals("counting")) {
                expected.add("counting trace_us");
            }
        }
        expected.add("charlm128 train_seq_per_s");
        expected.add("trace-long trace_us");
        assertEquals(expected, seen);
        JsonNode shortTrace = lines.get(2);
        assertEquals(21, shortTrace.get("length").asInt());
        assertEquals(10, shortTrace.get("hidden").asInt());
        JsonNode longTrace = lines.get(lines.size() - 1);
        assertEquals(500, longTrace.get("length").asInt());
        assertEquals(128, longTrace.get("hidden").asInt());
    }

    @Test
    void theApplicationJarDispatchesTheBenchSubcommandWithoutStartingTheServer() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            String[] args = new String[TINY.length + 2];
            args[0] = "bench";
            System.arraycopy(TINY, 0, args, 1, TINY.length);
            args[args.length - 1] = "charlm128";
            LstmExplorerApplication.main(args);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(original);
        }
        List<JsonNode> lines = parse(captured.toString(StandardCharsets.UTF_8));
        assertEquals(1, lines.size(), "one line for one throughput workload: " + lines);
        assertEquals("charlm128", lines.get(0).get("workload").asString());
        assertEquals("train_seq_per_s", lines.get(0).get("metric").asString());
    }

    @Test
    void anUnknownWorkloadOrOptionIsNamedAndNothingRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        IllegalArgumentException workload = assertThrows(IllegalArgumentException.class,
                () -> BenchCommand.run(new String[] {"counting", "countin"}, stream, stream));
        assertTrue(workload.getMessage().contains("'countin'"), workload.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> BenchCommand.run(new String[] {"--rounds", "many"}, stream, stream));
        assertTrue(option.getMessage().contains("--rounds"), option.getMessage());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> parse(String output) {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    private static void assertFields(JsonNode line, String... names) {
        Set<String> fields = new TreeSet<>(line.propertyNames());
        assertEquals(new TreeSet<>(List.of(names)), fields, line.toString());
    }
}
