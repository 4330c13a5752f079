package com.lstmexplorer.bench;

import com.lstmexplorer.model.cell.KernelChoice;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar target/lstm-explorer.jar bench [options] [workload ...]}: measures the engine on one
 * thread, without the web server, and prints one JSON object per line on standard output (what it
 * is doing goes to standard error). No workload means all of them.
 */
public final class BenchCommand {
    static final String USAGE = "usage: bench [--warmup SECONDS] [--rounds N] [--round-seconds SECONDS]"
            + " [--seeds 1,2,3] [--trace-reps N] [workload ...]; workloads: ";

    private BenchCommand() {
    }

    public static void main(String[] args) {
        try {
            run(args, System.out, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(USAGE + String.join(", ", Workloads.names()));
            System.exit(2);
        }
    }

    /** @throws IllegalArgumentException for an unknown option or workload, or a malformed value */
    static void run(String[] args, PrintStream out, PrintStream log) {
        BenchSettings d = BenchSettings.DEFAULTS;
        double warmup = d.warmupSeconds();
        int rounds = d.rounds();
        double roundSeconds = d.roundSeconds();
        List<Long> seeds = d.seeds();
        int traceReps = d.traceReps();
        List<String> workloads = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                workloads.add(arg);
                continue;
            }
            String value = i + 1 < args.length ? args[++i] : "";
            switch (arg) {
                case "--warmup" -> warmup = number(arg, value);
                case "--rounds" -> rounds = (int) integer(arg, value);
                case "--round-seconds" -> roundSeconds = number(arg, value);
                case "--trace-reps" -> traceReps = (int) integer(arg, value);
                case "--seeds" -> seeds = Arrays.stream(value.split(",")).map(s -> integer(arg, s)).toList();
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        for (String name : workloads) {
            if (!Workloads.names().contains(name)) {
                throw new IllegalArgumentException("unknown workload '" + name + "'");
            }
        }
        BenchSettings settings = new BenchSettings(warmup, rounds, roundSeconds, seeds, traceReps);
        log.println("bench: " + KernelChoice.current().line());
        log.println("# bench on " + Runtime.getRuntime().availableProcessors() + " processors, java "
                + System.getProperty("java.version") + ", " + settings);
        for (String name : workloads.isEmpty() ? Workloads.names() : workloads) {
            log.println("# " + name);
            Workloads.run(name, settings, line -> {
                out.println(line);
                out.flush();
            }, log);
        }
    }

    private static long integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
    }
}
