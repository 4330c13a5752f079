package com.lstmexplorer.model.cell;

/**
 * Characters as one-hot rows. x·Wx with a one-hot x is row {@code symbol} of Wx, so the projection is
 * a row gather (no multiplication) and its gradient a row scatter: this is why Wx is stored input × width.
 */
public record OneHotInput(int[] symbols, int rows) implements LayerInput {

    @Override
    public void project(double[][] Wx, double[][] Z) {
        for (int r = 0; r < rows; r++) {
            // Z[r] = onehot(symbol_r)·Wx = Wx[symbol_r]
            System.arraycopy(Wx[symbols[r]], 0, Z[r], 0, Z[r].length);
        }
    }

    @Override
    public void backprop(double[][] WxT, double[][] dZ, double[][] dWx, double[][] dx) {
        for (int r = 0; r < rows; r++) {
            // dWx[symbol_r] += dZ[r]
            Kernels.axpy(1, dZ[r], dWx[symbols[r]]);
        }
    }
}
