package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.TrainingConfig;
import java.time.Instant;
import java.util.List;

/** Small untrained networks to save in tests (training is not what these tests are about). */
final class TestNetworks {
    private TestNetworks() {
    }

    static SnapshotSource counting(int hiddenSize, long seed) {
        Vocabulary vocabulary = SeedTasks.byId("counting").vocabulary();
        Network network = Network.create(vocabulary, NetworkShape.lstm(1, hiddenSize), seed);
        return new SnapshotSource("counting", null, network, new TrainingConfig(0.01, 16, 100, seed, 5.0),
                new SnapshotMetrics(0, null, null, null, 0L), null);
    }

    static SnapshotSource custom(String symbols, int layers, int hiddenSize, long seed) {
        Network network = Network.create(Vocabulary.of(symbols), NetworkShape.lstm(layers, hiddenSize), seed);
        return new SnapshotSource("custom", "my data", network, null, SnapshotMetrics.UNKNOWN,
                List.of(symbols.substring(0, symbols.length() - 1)));
    }

    /** A small custom snapshot that is not stored anywhere, as another server would export it. */
    static Snapshot unsaved(String symbols, long seed) {
        Network network = Network.create(Vocabulary.of(symbols), NetworkShape.lstm(1, 2), seed);
        SnapshotConfig config = new SnapshotConfig("LSTM", 1, 2, null, null, null, null);
        List<String> vocabulary = network.vocabulary().symbols();
        String id = SnapshotIds.idOf("custom", vocabulary, config, network.parameters());
        return new Snapshot(Snapshot.FORMAT_VERSION, id, "custom", "saved elsewhere", vocabulary, config,
                SnapshotMetrics.UNKNOWN, List.of(symbols.substring(0, symbols.length() - 1)), Instant.now(),
                network.parameters());
    }
}
