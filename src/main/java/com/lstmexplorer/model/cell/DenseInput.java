package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** The hidden states of the layer below, one row per (step, sequence), as a matrix x. */
public record DenseInput(DMatrixRMaj x) implements LayerInput {

    @Override
    public int rows() {
        return x.numRows;
    }

    @Override
    public void project(DMatrixRMaj Wx, DMatrixRMaj Z) {
        Z.reshape(x.numRows, Wx.numCols);
        // Z = x·Wx
        CommonOps_DDRM.mult(x, Wx, Z);
    }

    @Override
    public DMatrixRMaj backprop(DMatrixRMaj Wx, DMatrixRMaj dZ, DMatrixRMaj dWx, DMatrixRMaj dx) {
        // dWx += xᵀ·dZ
        CommonOps_DDRM.multAddTransA(x, dZ, dWx);
        // dx = dZ·Wxᵀ
        dx.reshape(dZ.numRows, Wx.numRows);
        CommonOps_DDRM.multTransB(dZ, Wx, dx);
        return dx;
    }
}
