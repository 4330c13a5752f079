package com.lstmexplorer.model.cell;

import org.ejml.data.DMatrixRMaj;

/**
 * One trainable matrix of a network, named as in saved weights (e.g. {@code layer0.Wx}; the list is in
 * {@code model.NamedMatrix}, and the names are part of the snapshot format). {@code value} is the live
 * matrix: training updates it in place.
 */
public record Param(String name, DMatrixRMaj value) {
}
