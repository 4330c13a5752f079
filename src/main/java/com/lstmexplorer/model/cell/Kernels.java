package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;

/**
 * The matrix products of the passes, over matrices stored as arrays of rows ({@code double[][]}).
 *
 * <p>Why rows and not EJML's flat row-major arrays: Java 17's C2 compiler turns a loop
 * {@code y[j] += a * x[j]} into AVX vector code only when both arrays start at index 0; with two
 * different offsets into flat arrays it cannot rule out overlap and stays scalar. Measured here
 * (1×128·128×512): EJML {@code CommonOps_DDRM.mult} 5–6 GFLOP/s, these row loops 20–30 GFLOP/s.
 * So every product is written as row axpys, and the parameters (EJML matrices) are laid out as rows
 * at the start of each pass, which costs one copy of the weights per minibatch or per sequence.
 *
 * <p>When the JVM runs with {@code --add-modules jdk.incubator.vector} (the project's Maven
 * configuration, the README's commands and the Dockerfile do) and C2 compiles, the two products run as
 * {@link VectorKernels} instead ({@link KernelChoice} decides); {@code -Dlstm-explorer.kernels=scalar}
 * keeps these.
 */
final class Kernels {
    /** Whether {@link #multAdd} and {@link #multAddTransA} run as {@link VectorKernels}. */
    static final boolean VECTOR = KernelChoice.current().vector();

    private Kernels() {
    }

    /** Y[yFrom + i] += X[xFrom + i]·W for i in [0, count): each output row is a sum of rows of W. */
    static void multAdd(double[][] X, int xFrom, double[][] W, double[][] Y, int yFrom, int count) {
        if (VECTOR && VectorKernels.pays(count, W.length == 0 ? 0 : W[0].length)) {
            VectorKernels.multAdd(X, xFrom, W, Y, yFrom, count);
            return;
        }
        if (VECTOR && VectorKernels.paysTurned(count)) {
            VectorKernels.multAddNarrow(X, xFrom, W, Y, yFrom, count);
            return;
        }
        scalarMultAdd(X, xFrom, W, Y, yFrom, count);
    }

    /** {@link #multAdd} one output row at a time, in loops C2 vectorises by itself. */
    static void scalarMultAdd(double[][] X, int xFrom, double[][] W, double[][] Y, int yFrom, int count) {
        int K = W.length;
        for (int i = 0; i < count; i++) {
            double[] x = X[xFrom + i];
            double[] y = Y[yFrom + i];
            int k = 0;
            for (; k + 3 < K; k += 4) {
                axpy4(x[k], W[k], x[k + 1], W[k + 1], x[k + 2], W[k + 2], x[k + 3], W[k + 3], y);
            }
            for (; k < K; k++) {
                axpy(x[k], W[k], y);
            }
        }
    }

    /** G += X[xFrom .. xFrom+count)ᵀ·D[dFrom .. dFrom+count): each row pair adds an outer product. */
    static void multAddTransA(double[][] X, int xFrom, double[][] D, int dFrom, int count, double[][] G) {
        if (VECTOR && VectorKernels.pays(count, G.length == 0 ? 0 : G[0].length)) {
            VectorKernels.multAddTransA(X, xFrom, D, dFrom, count, G);
            return;
        }
        scalarMultAddTransA(X, xFrom, D, dFrom, count, G);
    }

    /** {@link #multAddTransA} in loops C2 vectorises by itself. */
    static void scalarMultAddTransA(double[][] X, int xFrom, double[][] D, int dFrom, int count, double[][] G) {
        int K = G.length;
        int i = 0;
        for (; i + 3 < count; i += 4) {
            double[] x0 = X[xFrom + i];
            double[] x1 = X[xFrom + i + 1];
            double[] x2 = X[xFrom + i + 2];
            double[] x3 = X[xFrom + i + 3];
            double[] d0 = D[dFrom + i];
            double[] d1 = D[dFrom + i + 1];
            double[] d2 = D[dFrom + i + 2];
            double[] d3 = D[dFrom + i + 3];
            for (int k = 0; k < K; k++) {
                axpy4(x0[k], d0, x1[k], d1, x2[k], d2, x3[k], d3, G[k]);
            }
        }
        for (; i < count; i++) {
            double[] x = X[xFrom + i];
            double[] d = D[dFrom + i];
            for (int k = 0; k < K; k++) {
                axpy(x[k], d, G[k]);
            }
        }
    }

    /** y += a·x over the length of y. */
    static void axpy(double a, double[] x, double[] y) {
        int n = y.length;
        for (int j = 0; j < n; j++) {
            y[j] += a * x[j];
        }
    }

    /** y += a0·x0 + a1·x1 + a2·x2 + a3·x3: four rows per pass over y (a quarter of the loads and stores of y). */
    static void axpy4(double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double a3, double[] x3,
                      double[] y) {
        int n = y.length;
        for (int j = 0; j < n; j++) {
            y[j] += a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
        }
    }

    /** W as rows, into {@code R} (reallocated when the shape differs). */
    static double[][] rows(DMatrixRMaj W, double[][] R) {
        R = shaped(R, W.numRows, W.numCols);
        for (int i = 0; i < W.numRows; i++) {
            System.arraycopy(W.data, i * W.numCols, R[i], 0, W.numCols);
        }
        return R;
    }

    /** Wᵀ as rows, into {@code R} (reallocated when the shape differs). */
    static double[][] transposedRows(DMatrixRMaj W, double[][] R) {
        R = shaped(R, W.numCols, W.numRows);
        for (int i = 0; i < W.numRows; i++) {
            for (int j = 0; j < W.numCols; j++) {
                R[j][i] = W.data[i * W.numCols + j];
            }
        }
        return R;
    }

    /** g += G, then G = 0 (G is g's shape, as rows). */
    static void drainInto(double[][] G, DMatrixRMaj g) {
        for (int i = 0; i < G.length; i++) {
            double[] row = G[i];
            for (int j = 0; j < row.length; j++) {
                g.data[i * g.numCols + j] += row[j];
                row[j] = 0;
            }
        }
    }

    /** A rows × cols matrix: {@code M} itself when it already has that shape. */
    static double[][] shaped(double[][] M, int rows, int cols) {
        return M != null && M.length == rows && (rows == 0 || M[0].length == cols) ? M : new double[rows][cols];
    }

    /** {@code M} with at least {@code rows} rows of {@code cols}; existing rows are kept. */
    static double[][] atLeast(double[][] M, int rows, int cols) {
        if (M != null && M.length >= rows && (M.length == 0 || M[0].length == cols)) {
            return M;
        }
        double[][] grown = new double[Math.max(rows, M == null ? 0 : M.length * 2)][];
        for (int i = 0; i < grown.length; i++) {
            grown[i] = M != null && i < M.length && M[i].length == cols ? M[i] : new double[cols];
        }
        return grown;
    }
}
