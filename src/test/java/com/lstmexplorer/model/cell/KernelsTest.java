package com.lstmexplorer.model.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The vector API kernels compute what the scalar ones do, on every shape the passes meet: whole
 * 4-row and 2-vector blocks, and the rows and columns left over (1 row, 66-wide outputs, K = 7).
 */
class KernelsTest {
    private static final int[] COUNTS = {1, 3, 4, 5, 32, 33};
    private static final int[] INNER = {1, 4, 7, 20, 128};
    private static final int[] WIDTHS = {1, 7, 8, 16, 20, 66, 80, 512};
    private final SplittableRandom random = new SplittableRandom(7);

    @Test
    void theBuildRunsTheVectorKernels() {
        // surefire's argLine adds jdk.incubator.vector, so every engine test exercises VectorKernels
        assertThat(Kernels.VECTOR).as(KernelChoice.current().line()).isTrue();
    }

    /** A multAdd kernel, to be checked against {@link Kernels#scalarMultAdd}. */
    private interface MultAdd {
        void apply(double[][] X, int xFrom, double[][] W, double[][] Y, int yFrom, int count);
    }

    @Test
    void vectorMultAddMatchesTheScalarKernel() {
        matchesTheScalarMultAdd("multAdd", COUNTS, VectorKernels::multAdd);
    }

    @Test
    void turnedMultAddForNarrowOutputsMatchesTheScalarKernel() {
        matchesTheScalarMultAdd("multAddNarrow", new int[] {32, 33, 40}, VectorKernels::multAddNarrow);
    }

    private void matchesTheScalarMultAdd(String name, int[] counts, MultAdd kernel) {
        for (int count : counts) {
            for (int K : INNER) {
                for (int N : WIDTHS) {
                    double[][] X = randomRows(count + 2, K);
                    double[][] W = randomRows(K, N);
                    double[][] scalar = randomRows(count + 3, N);
                    double[][] vector = copy(scalar);
                    Kernels.scalarMultAdd(X, 2, W, scalar, 1, count);
                    kernel.apply(X, 2, W, vector, 1, count);
                    assertClose(vector, scalar, name + " count=" + count + " K=" + K + " N=" + N);
                }
            }
        }
    }

    @Test
    void vectorMultAddTransAMatchesTheScalarKernel() {
        for (int count : COUNTS) {
            for (int K : INNER) {
                for (int N : WIDTHS) {
                    double[][] X = randomRows(count + 1, K);
                    double[][] D = randomRows(count + 4, N);
                    double[][] scalar = randomRows(K, N);
                    double[][] vector = copy(scalar);
                    Kernels.scalarMultAddTransA(X, 1, D, 4, count, scalar);
                    VectorKernels.multAddTransA(X, 1, D, 4, count, vector);
                    assertClose(vector, scalar, "multAddTransA count=" + count + " K=" + K + " N=" + N);
                }
            }
        }
    }

    @Test
    void vectorKernelsGiveTheSameBitsEveryTime() {
        double[][] X = randomRows(32, 128);
        double[][] W = randomRows(128, 512);
        double[][] first = new double[32][512];
        double[][] second = new double[32][512];
        VectorKernels.multAdd(X, 0, W, first, 0, 32);
        VectorKernels.multAdd(X, 0, W, second, 0, 32);
        assertThat(second).isDeepEqualTo(first);
    }

    /** Equal but for rounding: each sum of up to 128 products may differ in its last bits. */
    private static void assertClose(double[][] actual, double[][] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double tolerance = 1e-12 * Math.max(1, Math.abs(expected[i][j]));
                assertThat(actual[i][j]).as(what + " at [" + i + "][" + j + "]")
                        .isCloseTo(expected[i][j], org.assertj.core.data.Offset.offset(tolerance));
            }
        }
    }

    private double[][] randomRows(int rows, int cols) {
        double[][] M = new double[rows][cols];
        for (double[] row : M) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        return M;
    }

    private static double[][] copy(double[][] M) {
        double[][] out = new double[M.length][];
        for (int i = 0; i < M.length; i++) {
            out[i] = M[i].clone();
        }
        return out;
    }
}
