package com.lstmexplorer.model.cell;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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

    /** p = softmax(h·Wy + by), row by row; {@code p} is resized to h.rows × V. */
    void distribution(DMatrixRMaj h, DMatrixRMaj p) {
        p.reshape(h.numRows, Wy.numCols);
        // y = h·Wy
        CommonOps_DDRM.mult(h, Wy, p);
        int V = Wy.numCols;
        for (int r = 0; r < h.numRows; r++) {
            // p = exp(y + by − max) / Σ exp(y + by − max)
            int o = r * V;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < V; k++) {
                p.data[o + k] += by.data[k];
                max = Math.max(max, p.data[o + k]);
            }
            double sum = 0;
            for (int k = 0; k < V; k++) {
                double e = Math.exp(p.data[o + k] - max);
                p.data[o + k] = e;
                sum += e;
            }
            for (int k = 0; k < V; k++) {
                p.data[o + k] /= sum;
            }
        }
    }

    /** Training workspace: cross-entropy at every packed row and its gradient. */
    final class Pass {
        private final DMatrixRMaj p = new DMatrixRMaj(1, 1);  // N × V, then dL/dy
        private final DMatrixRMaj dh = new DMatrixRMaj(1, 1); // N × H

        /** Mean over the N rows of L = −log p[target]. */
        double forward(DMatrixRMaj h, int[] targets) {
            distribution(h, p);
            int V = Wy.numCols;
            double loss = 0;
            for (int r = 0; r < h.numRows; r++) {
                loss -= Math.log(p.data[r * V + targets[r]]);
            }
            return loss / h.numRows;
        }

        /** Adds dL/dWy, dL/dby into {@code grads} (Wy, by order) and returns dL/dh. */
        DMatrixRMaj backward(DMatrixRMaj h, int[] targets, List<DMatrixRMaj> grads) {
            int N = h.numRows;
            int V = Wy.numCols;
            double[] dby = grads.get(1).data;
            for (int r = 0; r < N; r++) {
                // dy = (p − onehot(target)) / N
                p.data[r * V + targets[r]] -= 1;
                for (int k = 0; k < V; k++) {
                    p.data[r * V + k] /= N;
                    // dby += Σ_rows dy
                    dby[k] += p.data[r * V + k];
                }
            }
            // dWy += hᵀ·dy
            CommonOps_DDRM.multAddTransA(h, p, grads.get(0));
            // dh = dy·Wyᵀ
            dh.reshape(N, Wy.numRows);
            CommonOps_DDRM.multTransB(p, Wy, dh);
            return dh;
        }
    }
}
