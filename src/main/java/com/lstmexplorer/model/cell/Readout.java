package com.lstmexplorer.model.cell;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * The softmax readout on top of the last layer: p = softmax(h·Wy + by), Wy: H × V, by: 1 × V,
 * named {@code output.Wy} and {@code output.by}. Initialised like the cells: Wy uniform in
 * (−1/√H, 1/√H), by = 0.
 */
public final class Readout {
    final DMatrixRMaj Wy;
    final DMatrixRMaj by;

    public Readout(DMatrixRMaj Wy, DMatrixRMaj by) {
        this.Wy = Wy;
        this.by = by;
    }

    public static Readout initialised(int H, int V, RandomGenerator random) {
        return new Readout(Init.uniform(H, V, 1 / Math.sqrt(H), random), new DMatrixRMaj(1, V));
    }

    public List<Param> parameters() {
        return List.of(new Param("output.Wy", Wy), new Param("output.by", by));
    }

    public Readout copy() {
        return new Readout(Wy.copy(), by.copy());
    }

    /** p = softmax(h·Wy + by) for rows [0, n) of h, into the rows of p. */
    private static void distribution(double[][] h, int n, double[][] Wy, double[] by, double[][] p) {
        for (int r = 0; r < n; r++) {
            System.arraycopy(by, 0, p[r], 0, by.length);
        }
        // y = h·Wy + by
        Kernels.multAdd(h, 0, Wy, p, 0, n);
        for (int r = 0; r < n; r++) {
            // p = exp(y − max y) / Σ exp(y − max y)
            double[] y = p[r];
            double max = Double.NEGATIVE_INFINITY;
            for (double v : y) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < y.length; k++) {
                y[k] = Math.exp(y[k] - max);
                sum += y[k];
            }
            for (int k = 0; k < y.length; k++) {
                y[k] /= sum;
            }
        }
    }

    /** Reads one h at a time, with the weights as they were when it was made. */
    final class Step {
        private final double[][] WyRows = Kernels.rows(Wy, null);
        private final double[] b = by.data.clone();
        private final double[][] h = new double[1][];
        private final double[][] p = new double[1][Wy.numCols];

        /** The next-symbol distribution after h (reused by the next call). */
        double[] distribution(double[] hidden) {
            h[0] = hidden;
            Readout.distribution(h, 1, WyRows, b, p);
            return p[0];
        }
    }

    /** Training workspace: cross-entropy at every packed row and its gradient. */
    final class Pass {
        private double[][] WyRows;
        private double[][] WyT;
        private double[][] p;                 // N × V, then dL/dy
        private double[][] dh;                // N × H
        private final double[][] dWy = new double[Wy.numRows][Wy.numCols];
        private final double[][] dby = new double[1][Wy.numCols];

        /** Mean over the N rows of L = −log p[target]. */
        double forward(double[][] h, int N, int[] targets) {
            WyRows = Kernels.rows(Wy, WyRows);
            p = Kernels.atLeast(p, N, Wy.numCols);
            distribution(h, N, WyRows, by.data, p);
            double loss = 0;
            for (int r = 0; r < N; r++) {
                loss -= Math.log(p[r][targets[r]]);
            }
            return loss / N;
        }

        /** Adds dL/dWy, dL/dby into {@code grads} (Wy, by order) and returns dL/dh (N rows). */
        double[][] backward(double[][] h, int N, int[] targets, List<DMatrixRMaj> grads) {
            WyT = Kernels.transposedRows(Wy, WyT);
            dh = Kernels.atLeast(dh, N, Wy.numRows);
            for (int r = 0; r < N; r++) {
                // dy = (p − onehot(target)) / N
                double[] dy = p[r];
                dy[targets[r]] -= 1;
                for (int k = 0; k < dy.length; k++) {
                    dy[k] /= N;
                }
                // dby += Σ_rows dy
                Kernels.axpy(1, dy, dby[0]);
                Arrays.fill(dh[r], 0);
            }
            // dWy += hᵀ·dy
            Kernels.multAddTransA(h, 0, p, 0, N, dWy);
            // dh = dy·Wyᵀ
            Kernels.multAdd(p, 0, WyT, dh, 0, N);
            Kernels.drainInto(dWy, grads.get(0));
            Kernels.drainInto(dby, grads.get(1));
            return dh;
        }
    }
}
