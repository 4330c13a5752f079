package com.lstmexplorer.model.cell;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels}' two matrix products written with the JDK's vector API (module
 * {@code jdk.incubator.vector}), for when the JVM was started with it.
 *
 * <p>Why: C2 vectorises a loop only when it writes one array, so the scalar kernels update one
 * output row at a time and read every weight row once per output row. Here a 4 × 2-vector block of
 * outputs stays in registers while the shared rows stream past: each loaded vector serves four fused
 * multiply-adds. Measured here (AVX-512, 32 × 128 · 128 × 512): 30 GFLOP/s scalar, 73 with this.
 * Results differ from the scalar kernels in the last bits (fused multiply-add rounds once), but are
 * the same on every run: the order of the sums is fixed.
 */
final class VectorKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorKernels() {
    }

    /**
     * Whether a product over {@code count} rows into outputs {@code width} wide is worth these kernels:
     * with fewer than four rows (a trace reads one sequence) there is no block to share loads (a
     * 4-register row kernel measured 5.1 ms against the scalar 4.3 ms on the 500-step H = 128 trace,
     * which streams the 512 KB Wh from L2 once per step whatever the kernel), and
     * outputs narrower than four registers leave most columns to the scalar tail (measured: the
     * H = 10 counting network trains 1.6× slower when its 10- and 40-wide products run here).
     */
    static boolean pays(int count, int width) {
        return count >= 4 && width >= 4 * L;
    }

    /** Doubles per vector register on this machine. */
    static int lanes() {
        return L;
    }

    /** Y[yFrom + i] += X[xFrom + i]·W for i in [0, count). */
    static void multAdd(double[][] X, int xFrom, double[][] W, double[][] Y, int yFrom, int count) {
        int K = W.length;
        int N = K == 0 ? 0 : W[0].length;
        int i = 0;
        for (; i + 3 < count; i += 4) {
            rows4(K, W, 0, N, X[xFrom + i], X[xFrom + i + 1], X[xFrom + i + 2], X[xFrom + i + 3],
                    Y[yFrom + i], Y[yFrom + i + 1], Y[yFrom + i + 2], Y[yFrom + i + 3]);
        }
        for (; i < count; i++) {
            row(K, W, 0, N, X[xFrom + i], Y[yFrom + i]);
        }
    }

    /**
     * Whether outputs too narrow for {@link #pays} are worth computing turned around
     * ({@link #multAddNarrow}): when there are at least four registers of rows to run along.
     */
    static boolean paysTurned(int count) {
        return count >= 4 * L;
    }

    /**
     * {@link #multAdd} for outputs too narrow for registers (dh += dz·Whᵀ writes H = 20 wide rows):
     * computed as Yᵀ += Wᵀ·Xᵀ, whose rows run along the {@code count} sequences instead. The three
     * transposes copy K·count + N·K + N·count numbers against N·K·count multiply-adds.
     */
    static void multAddNarrow(double[][] X, int xFrom, double[][] W, double[][] Y, int yFrom, int count) {
        int K = W.length;
        int N = K == 0 ? 0 : W[0].length;
        Turned t = TURNED.get().fit(K, N, count);
        for (int i = 0; i < count; i++) {
            double[] x = X[xFrom + i];
            for (int k = 0; k < K; k++) {
                t.XT[k][i] = x[k];
            }
        }
        for (int k = 0; k < K; k++) {
            for (int j = 0; j < N; j++) {
                t.WT[j][k] = W[k][j];
            }
        }
        for (double[] row : t.YT) {
            java.util.Arrays.fill(row, 0);
        }
        // Yᵀ = Wᵀ·Xᵀ, then Y += (Yᵀ)ᵀ
        multAdd(t.WT, 0, t.XT, t.YT, 0, N);
        for (int i = 0; i < count; i++) {
            double[] y = Y[yFrom + i];
            for (int j = 0; j < N; j++) {
                y[j] += t.YT[j][i];
            }
        }
    }

    /** Scratch for {@link #multAddNarrow}, one per thread (runs train on several), grown on demand. */
    private static final ThreadLocal<Turned> TURNED = ThreadLocal.withInitial(Turned::new);

    private static final class Turned {
        double[][] XT = new double[0][0];
        double[][] WT = new double[0][0];
        double[][] YT = new double[0][0];

        /** Arrays of exactly these shapes: multAdd reads the widths of their rows. */
        Turned fit(int K, int N, int count) {
            XT = Kernels.shaped(XT, K, count);
            WT = Kernels.shaped(WT, N, K);
            YT = Kernels.shaped(YT, N, count);
            return this;
        }
    }

    /**
     * G += X[xFrom .. xFrom+count)ᵀ·D[dFrom .. dFrom+count), that is G[k] += Σ_i X[xFrom+i][k]·D[dFrom+i]:
     * multAdd with the roles turned, the coefficients of output row k being column k of X, gathered
     * into a row first (count × K copies against count × K × N multiply-adds).
     */
    static void multAddTransA(double[][] X, int xFrom, double[][] D, int dFrom, int count, double[][] G) {
        int K = G.length;
        int N = K == 0 ? 0 : G[0].length;
        double[][] columns = new double[4][count];
        int k = 0;
        for (; k + 3 < K; k += 4) {
            gather(X, xFrom, count, k, 4, columns);
            rows4(count, D, dFrom, N, columns[0], columns[1], columns[2], columns[3], G[k], G[k + 1], G[k + 2], G[k + 3]);
        }
        for (; k < K; k++) {
            gather(X, xFrom, count, k, 1, columns);
            row(count, D, dFrom, N, columns[0], G[k]);
        }
    }

    /** columns[r][i] = X[xFrom + i][k + r] for r in [0, n). */
    private static void gather(double[][] X, int xFrom, int count, int k, int n, double[][] columns) {
        for (int i = 0; i < count; i++) {
            double[] x = X[xFrom + i];
            for (int r = 0; r < n; r++) {
                columns[r][i] = x[k + r];
            }
        }
    }

    /** y_r += Σ_k x_r[k]·W[wFrom + k] for four rows r at once: whole register blocks, then what is left. */
    private static void rows4(int K, double[][] W, int wFrom, int N, double[] x0, double[] x1, double[] x2,
                              double[] x3, double[] y0, double[] y1, double[] y2, double[] y3) {
        int j = 0;
        for (; j + 2 * L <= N; j += 2 * L) {
            block4(K, W, wFrom, j, x0, x1, x2, x3, y0, y1, y2, y3);
        }
        if (j + L <= N) {
            block4x1(K, W, wFrom, j, x0, x1, x2, x3, y0, y1, y2, y3);
            j += L;
        }
        tail(K, W, wFrom, j, N, x0, y0);
        tail(K, W, wFrom, j, N, x1, y1);
        tail(K, W, wFrom, j, N, x2, y2);
        tail(K, W, wFrom, j, N, x3, y3);
    }

    /** y0..y3[j .. j+2L) += Σ_k x_r[k]·W[wFrom + k][j .. j+2L): eight accumulators stay in registers. */
    private static void block4(int K, double[][] W, int wFrom, int j, double[] x0, double[] x1, double[] x2,
                               double[] x3, double[] y0, double[] y1, double[] y2, double[] y3) {
        DoubleVector a00 = DoubleVector.fromArray(S, y0, j), a01 = DoubleVector.fromArray(S, y0, j + L);
        DoubleVector a10 = DoubleVector.fromArray(S, y1, j), a11 = DoubleVector.fromArray(S, y1, j + L);
        DoubleVector a20 = DoubleVector.fromArray(S, y2, j), a21 = DoubleVector.fromArray(S, y2, j + L);
        DoubleVector a30 = DoubleVector.fromArray(S, y3, j), a31 = DoubleVector.fromArray(S, y3, j + L);
        for (int k = 0; k < K; k++) {
            double[] w = W[wFrom + k];
            DoubleVector v0 = DoubleVector.fromArray(S, w, j), v1 = DoubleVector.fromArray(S, w, j + L);
            DoubleVector s0 = DoubleVector.broadcast(S, x0[k]), s1 = DoubleVector.broadcast(S, x1[k]);
            DoubleVector s2 = DoubleVector.broadcast(S, x2[k]), s3 = DoubleVector.broadcast(S, x3[k]);
            a00 = v0.fma(s0, a00);
            a01 = v1.fma(s0, a01);
            a10 = v0.fma(s1, a10);
            a11 = v1.fma(s1, a11);
            a20 = v0.fma(s2, a20);
            a21 = v1.fma(s2, a21);
            a30 = v0.fma(s3, a30);
            a31 = v1.fma(s3, a31);
        }
        a00.intoArray(y0, j);
        a01.intoArray(y0, j + L);
        a10.intoArray(y1, j);
        a11.intoArray(y1, j + L);
        a20.intoArray(y2, j);
        a21.intoArray(y2, j + L);
        a30.intoArray(y3, j);
        a31.intoArray(y3, j + L);
    }

    /** The one-register version of {@link #block4}, for a width that leaves one whole register over. */
    private static void block4x1(int K, double[][] W, int wFrom, int j, double[] x0, double[] x1, double[] x2,
                                 double[] x3, double[] y0, double[] y1, double[] y2, double[] y3) {
        DoubleVector a0 = DoubleVector.fromArray(S, y0, j), a1 = DoubleVector.fromArray(S, y1, j);
        DoubleVector a2 = DoubleVector.fromArray(S, y2, j), a3 = DoubleVector.fromArray(S, y3, j);
        for (int k = 0; k < K; k++) {
            DoubleVector v = DoubleVector.fromArray(S, W[wFrom + k], j);
            a0 = v.fma(DoubleVector.broadcast(S, x0[k]), a0);
            a1 = v.fma(DoubleVector.broadcast(S, x1[k]), a1);
            a2 = v.fma(DoubleVector.broadcast(S, x2[k]), a2);
            a3 = v.fma(DoubleVector.broadcast(S, x3[k]), a3);
        }
        a0.intoArray(y0, j);
        a1.intoArray(y1, j);
        a2.intoArray(y2, j);
        a3.intoArray(y3, j);
    }

    /** One output row y += Σ_k x[k]·W[wFrom + k], a register at a time, then the scalar tail. */
    private static void row(int K, double[][] W, int wFrom, int N, double[] x, double[] y) {
        int j = 0;
        for (; j + L <= N; j += L) {
            DoubleVector acc = DoubleVector.fromArray(S, y, j);
            for (int k = 0; k < K; k++) {
                acc = DoubleVector.fromArray(S, W[wFrom + k], j).fma(DoubleVector.broadcast(S, x[k]), acc);
            }
            acc.intoArray(y, j);
        }
        tail(K, W, wFrom, j, N, x, y);
    }

    /** Columns [from, N) of one output row, one number at a time (the part no whole register covers). */
    private static void tail(int K, double[][] W, int wFrom, int from, int N, double[] x, double[] y) {
        for (int j = from; j < N; j++) {
            double s = y[j];
            for (int k = 0; k < K; k++) {
                s = Math.fma(x[k], W[wFrom + k][j], s);
            }
            y[j] = s;
        }
    }
}
