package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.train.TrainingConfig;

/**
 * A trained network to save as a snapshot: its task id ({@code custom} for users' data), an optional title
 * (null: "Counting · 1×10 LSTM"), the network (its weights are copied), how it was trained (null if
 * unknown) and its metrics at the time.
 */
public record SnapshotSource(String task, String title, Network network, TrainingConfig training,
                             SnapshotMetrics metrics) {
}
