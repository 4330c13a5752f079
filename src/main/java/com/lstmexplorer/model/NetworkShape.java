package com.lstmexplorer.model;

import com.lstmexplorer.model.cell.CellType;

/**
 * The architecture of a network: cell kind, number of stacked layers and neurons per layer.
 * The compact constructor rejects shapes the engine cannot build (web layers may set tighter limits).
 */
public record NetworkShape(CellType cell, int layers, int hiddenSize) {
    public static final int MAX_LAYERS = 3;
    public static final int MAX_HIDDEN = 512;

    public NetworkShape {
        if (cell == null) {
            throw new IllegalArgumentException("cell type is required");
        }
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be between 1 and " + MAX_LAYERS + ", got " + layers);
        }
        if (hiddenSize < 1 || hiddenSize > MAX_HIDDEN) {
            throw new IllegalArgumentException(
                    "hiddenSize must be between 1 and " + MAX_HIDDEN + ", got " + hiddenSize);
        }
    }

    /** The default cell, the standard LSTM. */
    public static NetworkShape lstm(int layers, int hiddenSize) {
        return new NetworkShape(CellType.LSTM, layers, hiddenSize);
    }
}
