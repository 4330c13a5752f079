package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;

/**
 * What a layer reads, one row per (step, sequence): characters for the first layer, the hidden state
 * of the layer below for the others. Every cell type projects its input the same way, {@code Z = x·Wx},
 * so the projection and its gradient live here rather than in each cell.
 */
public sealed interface LayerInput permits OneHotInput, DenseInput {

    /** Number of rows (one per stored step of each sequence). */
    int rows();

    /** Z = x·Wx, Z is resized to rows × Wx.cols. */
    void project(DMatrixRMaj Wx, DMatrixRMaj Z);

    /**
     * dWx += xᵀ·dZ; returns dx = dZ·Wxᵀ (written into {@code dx}), or null when the input is characters,
     * which need no gradient.
     */
    DMatrixRMaj backprop(DMatrixRMaj Wx, DMatrixRMaj dZ, DMatrixRMaj dWx, DMatrixRMaj dx);
}
