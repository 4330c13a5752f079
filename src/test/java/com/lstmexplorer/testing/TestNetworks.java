package com.lstmexplorer.testing;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.sequences.SequenceLimits;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.format.SnapshotFormat;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import java.time.Instant;
import java.util.List;

/** Small untrained networks to save in tests (training is not what these tests are about). */
public final class TestNetworks {
    private TestNetworks() {
    }

    public static SnapshotSource counting(int hiddenSize, long seed) {
        return counting(CellType.LSTM, hiddenSize, seed);
    }

    /** An untrained counting network of {@code cell}. */
    public static SnapshotSource counting(CellType cell, int hiddenSize, long seed) {
        Vocabulary vocabulary = SeedTasks.byId("counting").vocabulary();
        Network network = Network.create(vocabulary, new NetworkShape(cell, 1, hiddenSize), seed);
        return new SnapshotSource("counting", null, network, new TrainingConfig(0.01, 16, 100, seed, 5.0),
                new SnapshotMetrics(0, null, null, null, 0L), null);
    }

    public static SnapshotSource custom(String symbols, int layers, int hiddenSize, long seed) {
        Network network = Network.create(Vocabulary.of(symbols), NetworkShape.lstm(layers, hiddenSize), seed);
        return new SnapshotSource("custom", "my data", network, null, SnapshotMetrics.UNKNOWN,
                List.of(symbols.substring(0, symbols.length() - 1)));
    }

    /** A small custom snapshot that is not stored anywhere, as another server would export it. */
    public static Snapshot unsaved(String symbols, long seed) {
        Network network = Network.create(Vocabulary.of(symbols), NetworkShape.lstm(1, 2), seed);
        return new SnapshotFormat(SequenceLimits.defaults()).of(new SnapshotSource("custom", "saved elsewhere", network,
                null, SnapshotMetrics.UNKNOWN, List.of(symbols.substring(0, symbols.length() - 1))), Instant.now());
    }
}
