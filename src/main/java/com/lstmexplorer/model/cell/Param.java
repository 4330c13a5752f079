package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;

/**
 * One trainable matrix of a network, named as in saved weights (e.g. {@code layer0.Wx}). {@code value}
 * is the live matrix: training updates it in place.
 */
public record Param(String name, DMatrixRMaj value) {
}
