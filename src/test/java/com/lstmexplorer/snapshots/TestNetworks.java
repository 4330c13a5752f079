package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.TrainingConfig;
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
}
