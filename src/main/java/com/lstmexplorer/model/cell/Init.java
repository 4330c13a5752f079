package com.lstmexplorer.model.cell;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/** Weight initialisation, drawn in row-major order so that one seed always gives the same network. */
final class Init {
    private Init() {
    }

    /** A rows × cols matrix with entries uniform in (−k, k). */
    static DMatrixRMaj uniform(int rows, int cols, double k, RandomGenerator random) {
        DMatrixRMaj W = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < W.data.length; i++) {
            W.data[i] = (2 * random.nextDouble() - 1) * k;
        }
        return W;
    }
}
