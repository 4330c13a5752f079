package com.lstmexplorer.model;

import java.util.SplittableRandom;

/**
 * Drawing the next character from a softmax at a temperature T: character k with probability
 * p_k^(1/T) / Σ_j p_j^(1/T). T = 1 samples the network's own distribution, T → 0 approaches greedy
 * decoding (argmax), large T approaches uniform over the characters it gives any probability.
 */
public final class Sampling {
    /** Hottest temperature accepted: beyond it the draw is uniform to within rounding, so it says nothing. */
    public static final double MAX_TEMPERATURE = 10;

    private Sampling() {
    }

    /** Fails naming the value unless {@code 0 < temperature <= MAX_TEMPERATURE}. */
    public static void checkTemperature(double temperature) {
        if (!(temperature > 0 && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException("temperature must be greater than 0 and at most " + MAX_TEMPERATURE
                    + " (1 samples the network's own probabilities, near 0 is almost greedy), got " + temperature);
        }
    }

    /**
     * Index in {@code [0, n)} drawn from {@code p} at {@code temperature}. Works on log p relative to the
     * largest, exp((log p_k − log p_max) / T), so a tiny T neither overflows nor turns every weight into 0.
     */
    static int draw(double[] p, int n, double temperature, SplittableRandom random) {
        int best = Network.argmax(p, n);
        double logMax = Math.log(p[best]);
        double[] weight = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            weight[k] = p[k] > 0 ? Math.exp((Math.log(p[k]) - logMax) / temperature) : 0;
            sum += weight[k];
        }
        double u = random.nextDouble() * sum;
        for (int k = 0; k < n; k++) {
            u -= weight[k];
            if (u < 0 && weight[k] > 0) {
                return k;
            }
        }
        return best; // u landed on the rounding error past the last weight
    }
}
