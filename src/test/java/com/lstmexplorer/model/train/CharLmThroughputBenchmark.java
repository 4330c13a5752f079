package com.lstmexplorer.model.train;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.task.CustomTask;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Training throughput of a character language model, the peer benchmark's workload {@code charlm128}
 * (../shared/bench): 100-character windows of a text (100 predictions each, as the peer's 101-character
 * windows give), one layer of 128, batch 32, Adam, on one thread. Prints sequences per second of each
 * timed run after a warm-up, and their median.
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.model.train.CharLmThroughputBenchmark \
 *     -Dexec.args="datasets/text/train.txt 128 5 100"
 * </pre>
 * Arguments: text file, hidden size, timed runs, steps per run.
 */
public final class CharLmThroughputBenchmark {
    private static final int WINDOW = 100;
    private static final int BATCH = 32;

    private CharLmThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String text = String.join(" ", Files.readAllLines(Path.of(args.length > 0 ? args[0] : "datasets/text/train.txt")));
        int hidden = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        // 100 characters read, 100 predictions (the last one the end marker): the peer's work per window.
        SequenceSampler windows = random -> window(text, random.nextInt(text.length() - WINDOW));
        Network network = Network.create(CustomTask.vocabularyOf(List.of(text)), NetworkShape.lstm(1, hidden), 1);
        Trainer trainer = new Trainer(network, new TrainingConfig(0.01, BATCH, TrainingConfig.MAX_STEPS, 1,
                TrainingConfig.DEFAULT_CLIP_NORM), windows);
        for (int i = 0; i < 30; i++) {
            trainer.step();
        }
        double[] perSecond = new double[runs];
        // CPU time too: on a shared machine the wall-clock figure mostly says how busy the neighbours were.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < steps; i++) {
                trainer.step();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            perSecond[r] = steps * BATCH / wall;
            System.out.printf(Locale.ROOT, "run %d: %.0f sequences/s (cpu/wall %.2f, %.0f sequences per CPU second)%n",
                    r + 1, perSecond[r], cpu / wall, steps * BATCH / cpu);
        }
        Arrays.sort(perSecond);
        System.out.printf(Locale.ROOT, "charlm%d (1 layer, %d-character windows, batch %d, 1 thread): median %.0f"
                + " sequences/s%n", hidden, WINDOW, BATCH, perSecond[runs / 2]);
    }

    private static String window(String text, int start) {
        return text.substring(start, start + WINDOW);
    }
}
