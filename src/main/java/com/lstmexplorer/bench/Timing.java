package com.lstmexplorer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/** Wall-clock helpers: run for a while, take medians. */
final class Timing {
    private Timing() {
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Repeats {@code work} until {@code seconds} have passed (at least once); returns the nanoseconds spent. */
    static long runFor(double seconds, Runnable work) {
        long start = System.nanoTime();
        long elapsed;
        do {
            work.run();
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9);
        return elapsed;
    }

    /**
     * The values of {@code rounds} calls of {@code round} (each a measurement in its own unit) and, for
     * each, the thread's CPU time over the wall time it took: below 1 when the machine was busy elsewhere.
     */
    static Rounds rounds(int rounds, DoubleSupplier round) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] values = new double[rounds];
        double[] cpuOverWall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            values[r] = round.getAsDouble();
            cpuOverWall[r] = (threads.getCurrentThreadCpuTime() - cpu) / (double) (System.nanoTime() - wall);
        }
        return new Rounds(values, cpuOverWall);
    }

    record Rounds(double[] values, double[] cpuOverWall) {
        double median() {
            return Timing.median(values);
        }

        @Override
        public String toString() {
            return "rounds" + format(values) + ", cpu/wall" + format(cpuOverWall);
        }

        private static String format(double[] numbers) {
            StringBuilder text = new StringBuilder();
            for (double v : numbers) {
                text.append(String.format(Locale.ROOT, " %.4g", v));
            }
            return text.toString();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Nanoseconds of one call of {@code work}; its result is folded into {@link #sink} so it is not optimised away. */
    static long timeOnce(LongSupplier work) {
        long start = System.nanoTime();
        sink ^= work.getAsLong();
        return System.nanoTime() - start;
    }

    /** Written by {@link #timeOnce} and read by nobody; keeps the JIT from dropping the timed work. */
    static volatile long sink;
}
