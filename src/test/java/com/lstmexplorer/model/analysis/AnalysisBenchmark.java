package com.lstmexplorer.model.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.cell.Intervention;
import com.lstmexplorer.model.cell.LstmCell;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The analysis' speed on the seed networks (seed 1, trained until converged), on one thread: the
 * description (labels, character statistics, saturation) of each, the full ablation table of the 2×20
 * copy network over its evaluation set, the counting sweep to N = 30, and one ablated re-trace of each
 * network's first 50 probes. Prints the median wall and thread-CPU milliseconds of {@code reps} rounds
 * after as many warm-up rounds.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.model.analysis.AnalysisBenchmark -Dexec.args="20"
 * </pre>
 */
public final class AnalysisBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.printf("load average %.2f, %d reps%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                reps);
        for (SeedTask task : SeedTasks.all()) {
            Network network = SeedNetworksForAnalysis.train(task, 1).network();
            Subject subject = Subject.of(task);
            time(task.id() + " description (labels, characters, saturation), " + subject.probes().size() + " probes",
                    reps, () -> Analyser.describe(network, subject));
            List<String> probes = subject.probes().subList(0, Math.min(50, subject.probes().size()));
            Intervention zero = Ablation.zero(new NeuronRef(0, 0)).intervention(network, null);
            time(task.id() + " one ablated re-trace of " + probes.size() + " probes", reps,
                    () -> Recording.of(network, probes, zero));
            if (task.id().equals("copy")) {
                time("copy full ablation table, 2x20 neurons x 27 cases", reps, () -> Ablation.table(network, subject.judge()));
            }
            if (task.id().equals("counting")) {
                List<Sweep.Watched> watched = List.of(new Sweep.Watched(0, 0, LstmCell.CELL));
                time("counting sweep N = 1..30", reps, () -> Sweep.of(network, subject.sweep(), watched));
            }
            time(task.id() + " whole analysis (all of the above, ablation table, sweep, caption)", Math.max(3, reps / 4),
                    () -> Analyser.analyse(network, subject));
        }
    }

    private static void time(String what, int reps, Supplier<?> work) {
        for (int i = 0; i < reps; i++) {
            work.get();
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            work.get();
            wall.add((System.nanoTime() - w) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-80s median %8.2f ms wall, %8.2f ms CPU%n", what, median(wall), median(cpu));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
