package com.lstmexplorer.snapshots.format;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.sequences.SequenceLimits;
import java.time.Instant;
import java.util.List;

/**
 * The two ways into a snapshot, each checked so that what comes out rebuilds into a working network: a JSON file
 * a user imports ({@link #read}), and a trained network to save ({@link #of}). A snapshot that fails a check is an
 * IllegalArgumentException naming the problem. Either way the id is derived from the content ({@link SnapshotIds}).
 */
public final class SnapshotFormat {
    private final SnapshotTasks tasks;
    private final SnapshotReader reader;

    public SnapshotFormat(SequenceLimits limits) {
        this.tasks = new SnapshotTasks(limits);
        this.reader = new SnapshotReader(tasks);
    }

    /** An imported snapshot JSON, as {@code GET /api/snapshots/{id}} gives it; {@code now} if it carries no time. */
    public Snapshot read(byte[] json, Instant now) {
        Snapshot snapshot = reader.read(json, now);
        snapshot.network();
        return snapshot;
    }

    /** The snapshot of a trained network, made {@code now}. */
    public Snapshot of(SnapshotSource source, Instant now) {
        Network network = source.network();
        List<String> vocabulary = tasks.vocabulary(source.task(), network.vocabulary().symbols());
        NetworkShape shape = network.shape();
        SnapshotConfig config = source.training() == null
                ? new SnapshotConfig(shape.cell().name(), shape.layers(), shape.hiddenSize(), null, null, null, null)
                : SnapshotConfig.of(shape, source.training());
        List<NamedMatrix> weights = network.parameters();
        for (NamedMatrix w : weights) {
            for (double v : w.values()) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("parameter " + w.name() + " holds " + v
                            + ": training diverged, and a network with non-finite weights cannot be saved");
                }
            }
        }
        String title = source.title() == null || source.title().isBlank()
                ? SnapshotTasks.defaultTitle(source.task(), config) : source.title().strip();
        if (title.length() > SnapshotReader.MAX_TITLE) {
            throw new IllegalArgumentException("the title has " + title.length() + " characters; the limit is "
                    + SnapshotReader.MAX_TITLE);
        }
        SnapshotMetrics metrics = source.metrics() == null ? SnapshotMetrics.UNKNOWN : source.metrics();
        List<String> probes = tasks.probes(source.probes(), network.vocabulary());
        String id = SnapshotIds.idOf(source.task(), vocabulary, config, weights);
        return new Snapshot(Snapshot.FORMAT_VERSION, id, source.task(), title, vocabulary, config, metrics, probes,
                now, weights);
    }
}
