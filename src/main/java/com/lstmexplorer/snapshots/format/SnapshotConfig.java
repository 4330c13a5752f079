package com.lstmexplorer.snapshots.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.train.TrainingConfig;
import java.util.List;

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
        CellType type = STORED_CELLS.stream().filter(c -> c.name().equals(cell)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell '" + cell + "'; known cells: "
                        + String.join(", ", STORED_CELLS.stream().map(CellType::name).toList())));
        return new NetworkShape(type, layers, hiddenSize);
    }

    /**
     * The cells a snapshot may hold, by the name it stores. The engine has more, but traces, CSV and live
     * frames still write the LSTM's six quantities, so a snapshot of any other cell could not be shown yet.
     */
    static final List<CellType> STORED_CELLS = List.of(CellType.LSTM);
}
