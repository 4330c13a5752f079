package com.lstmexplorer.snapshots.format;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.train.TrainingConfig;
import java.util.List;

/**
 * A trained network to save as a snapshot: its task id ({@code custom} for users' data), an optional title
 * (null: "Counting · 1×10 LSTM"), the network (its weights are copied), how it was trained (null if
 * unknown), its metrics at the time, and the sequences it was shown on (null: the task's own).
 */
public record SnapshotSource(String task, String title, Network network, TrainingConfig training,
                             SnapshotMetrics metrics, List<String> probes) {
}
