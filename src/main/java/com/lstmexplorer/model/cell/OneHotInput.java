package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;

/**
 * Characters as one-hot rows. x·Wx with a one-hot x is row {@code symbol} of Wx, so the projection is
 * a row gather (no multiplication) and its gradient a row scatter: this is why Wx is stored input × 4H.
 */
public record OneHotInput(int[] symbols, int rows) implements LayerInput {

    @Override
    public void project(DMatrixRMaj Wx, DMatrixRMaj Z) {
        int width = Wx.numCols;
        Z.reshape(rows, width);
        // Z[r] = x_r·Wx = Wx[symbol_r]
        for (int r = 0; r < rows; r++) {
            System.arraycopy(Wx.data, symbols[r] * width, Z.data, r * width, width);
        }
    }

    @Override
    public DMatrixRMaj backprop(DMatrixRMaj Wx, DMatrixRMaj dZ, DMatrixRMaj dWx, DMatrixRMaj dx) {
        int width = Wx.numCols;
        double[] dW = dWx.data;
        double[] d = dZ.data;
        // dWx[symbol_r] += dZ[r]
        for (int r = 0; r < rows; r++) {
            int to = symbols[r] * width;
            int from = r * width;
            for (int k = 0; k < width; k++) {
                dW[to + k] += d[from + k];
            }
        }
        return null;
    }
}
