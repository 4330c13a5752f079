package com.lstmexplorer.snapshots.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.train.TrainingConfig;
import java.util.Arrays;

/**
 * How a snapshot's network is built ({@code cell}, {@code layers}, {@code hiddenSize}) and, when known, how
 * it was trained (null for networks imported without that information).
 */
@JsonPropertyOrder({"cell", "layers", "hiddenSize", "learningRate", "batchSize", "maxSteps", "seed"})
public record SnapshotConfig(String cell, int layers, int hiddenSize, Double learningRate, Integer batchSize,
                             Integer maxSteps, Long seed) {

    public static SnapshotConfig of(NetworkShape shape, TrainingConfig training) {
        return new SnapshotConfig(shape.cell().name(), shape.layers(), shape.hiddenSize(),
                training.learningRate(), training.batchSize(), training.maxSteps(), training.seed());
    }

    /** The network's architecture; fails naming the bad value when it cannot be built. */
    public NetworkShape toShape() {
        // A snapshot stores the cell by its registry name ("LSTM", "GRU"), exactly, as format 1 always has.
        CellType type = Arrays.stream(CellType.values()).filter(c -> c.name().equals(cell)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell '" + cell + "'; known cells: "
                        + String.join(", ", Arrays.stream(CellType.values()).map(CellType::name).toList())));
        return new NetworkShape(type, layers, hiddenSize);
    }
}
