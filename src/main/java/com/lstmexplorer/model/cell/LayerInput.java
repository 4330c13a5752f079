package com.lstmexplorer.model.cell;

/**
 * What a layer reads, one row per (step, sequence): characters for the first layer, the hidden state
 * of the layer below for the others. Every cell type projects its input the same way, {@code Z = x·Wx},
 * so the projection and its gradient live here rather than in each cell.
 */
public sealed interface LayerInput permits OneHotInput, DenseInput {

    /** Number of rows (one per stored step of each sequence). */
    int rows();

    /** Z[r] = x_r·Wx for every row r (Z's rows are overwritten). */
    void project(double[][] Wx, double[][] Z);

    /** dWx += xᵀ·dZ; for a dense input also dx = dZ·Wxᵀ (characters need no gradient). */
    void backprop(double[][] WxT, double[][] dZ, double[][] dWx, double[][] dx);
}
