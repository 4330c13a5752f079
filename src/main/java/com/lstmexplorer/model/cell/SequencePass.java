package com.lstmexplorer.model.cell;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * A layer run over a whole {@link PackedBatch} from zero states, keeping what backpropagation through
 * time needs. Not thread-safe: one per training thread. Reuses its buffers from batch to batch.
 */
public interface SequencePass {

    /** Reads {@code x} (one row per packed row of {@code batch}). */
    void forward(LayerInput x, PackedBatch batch);

    /** h for every packed row (N × H) after {@link #forward}. */
    DMatrixRMaj hidden();

    /**
     * Backpropagation through time. Given dL/dh for every packed row, adds dL/dθ into {@code grads}
     * (same order and shapes as the layer's parameters) and returns dL/dx, or null for characters.
     */
    DMatrixRMaj backward(DMatrixRMaj dh, LayerInput x, PackedBatch batch, List<DMatrixRMaj> grads);
}
