package com.lstmexplorer.bench;

import java.util.Arrays;
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

    /** Median of {@code rounds} values of {@code round}, each a measurement in its own unit. */
    static double median(int rounds, java.util.function.DoubleSupplier round) {
        double[] values = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            values[r] = round.getAsDouble();
        }
        return median(values);
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
