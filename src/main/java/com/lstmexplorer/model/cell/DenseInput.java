package com.lstmexplorer.model.cell;

import java.util.Arrays;

/** The hidden states of the layer below, rows {@code 0 .. rows-1} of {@code x}. */
public record DenseInput(double[][] x, int rows) implements LayerInput {

    @Override
    public void project(double[][] Wx, double[][] Z) {
        for (int r = 0; r < rows; r++) {
            Arrays.fill(Z[r], 0);
        }
        // Z = x·Wx
        Kernels.multAdd(x, 0, Wx, Z, 0, rows);
    }

    @Override
    public void backprop(double[][] WxT, double[][] dZ, double[][] dWx, double[][] dx) {
        // dWx += xᵀ·dZ
        Kernels.multAddTransA(x, 0, dZ, 0, rows, dWx);
        for (int r = 0; r < rows; r++) {
            Arrays.fill(dx[r], 0);
        }
        // dx = dZ·Wxᵀ
        Kernels.multAdd(dZ, 0, WxT, dx, 0, rows);
    }
}
