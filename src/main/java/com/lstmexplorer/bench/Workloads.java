package com.lstmexplorer.bench;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.model.train.Trainer;
import com.lstmexplorer.model.train.TrainingConfig;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The workloads of the bench, by name: the four seed tasks (training throughput, time to solve, and
 * for counting a full-gate trace of a 21-character sequence), {@code charlm128} and {@code trace-long}.
 */
final class Workloads {
    /** The peer benchmark's minibatch size. */
    static final int BATCH = 32;
    static final String CHARLM = "charlm128";
    static final String TRACE_LONG = "trace-long";
    static final int CHARLM_HIDDEN = 128;
    /** The peer's learning rate for charlm (the seed tasks train with their own defaults). */
    static final double CHARLM_LEARNING_RATE = 0.01;
    static final int LONG_TRACE = 500;
    /** Seed of every network and minibatch stream measured for speed only. */
    static final long SEED = 1;

    private Workloads() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(SeedTasks.ids());
        names.add(CHARLM);
        names.add(TRACE_LONG);
        return names;
    }

    /** @throws IllegalArgumentException for a name that is not in {@link #names()} */
    static void run(String name, BenchSettings settings, Consumer<JsonLine> out, PrintStream log) {
        Consumer<JsonLine> lines = line -> {
            log.println("#   " + line.note());
            out.accept(line);
        };
        switch (name) {
            case CHARLM -> charLm(settings, lines);
            case TRACE_LONG -> traceLong(settings, lines);
            default -> {
                if (!SeedTasks.ids().contains(name)) {
                    throw new IllegalArgumentException("unknown workload '" + name + "'; expected one of "
                            + String.join(", ", names()));
                }
                seedTask(SeedTasks.byId(name), settings, lines);
            }
        }
    }

    private static void seedTask(SeedTask task, BenchSettings settings, Consumer<JsonLine> out) {
        TaskDefaults d = task.defaults();
        Trainer trainer = new Trainer(Network.create(task.vocabulary(), d.shape(), SEED),
                batchOf(d.learningRate()), task);
        out.accept(throughput(task.id(), Throughput.sequencesPerSecond(trainer, BATCH, settings)));
        if (settings.warmupSeconds() > 0) {
            SolveTime.run(task, 0); // untimed: compiles the evaluation path as well
        }
        for (long seed : settings.seeds()) {
            SolveTime.Result solve = SolveTime.run(task, seed);
            out.accept(line(task.id(), "solve_seconds").add("seed", seed).add("steps", solve.steps())
                    .add("solved", solve.solved()).add("value", solve.seconds())
                    .noting(String.format(Locale.ROOT, "cpu %.4g s", solve.cpuSeconds())));
        }
        if (task.id().equals("counting")) {
            String sequence = "a".repeat(10) + "X" + "b".repeat(10);
            out.accept(trace(task.id(), trainer.network(), sequence, settings));
        }
    }

    private static void charLm(BenchSettings settings, Consumer<JsonLine> out) {
        CharText text = CharText.shipped();
        Network network = Network.create(text.vocabulary(), NetworkShape.lstm(1, CHARLM_HIDDEN), SEED);
        Trainer trainer = new Trainer(network, batchOf(CHARLM_LEARNING_RATE), text);
        out.accept(throughput(CHARLM, Throughput.sequencesPerSecond(trainer, BATCH, settings)));
    }

    private static void traceLong(BenchSettings settings, Consumer<JsonLine> out) {
        CharText text = CharText.shipped();
        Network network = Network.create(text.vocabulary(), NetworkShape.lstm(1, CHARLM_HIDDEN), SEED);
        out.accept(trace(TRACE_LONG, network, text.prefix(LONG_TRACE), settings));
    }

    private static TrainingConfig batchOf(double learningRate) {
        return new TrainingConfig(learningRate, BATCH, TrainingConfig.MAX_STEPS, SEED,
                TrainingConfig.DEFAULT_CLIP_NORM);
    }

    private static JsonLine throughput(String workload, Timing.Rounds sequencesPerSecond) {
        return line(workload, "train_seq_per_s").add("threads", 1).add("value", sequencesPerSecond.median())
                .noting(sequencesPerSecond.toString());
    }

    private static JsonLine trace(String workload, Network network, String sequence, BenchSettings settings) {
        Timing.Rounds micros = TraceLatency.microseconds(network, sequence, settings);
        return line(workload, "trace_us").add("length", sequence.length())
                .add("hidden", network.shape().hiddenSize()).add("value", micros.median()).noting(micros.toString());
    }

    private static JsonLine line(String workload, String metric) {
        return new JsonLine().add("workload", workload).add("metric", metric);
    }
}
