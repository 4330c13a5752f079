package com.lstmexplorer.snapshots.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.Vocabulary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A trained network as it is shared: what {@code GET /api/snapshots/{id}} returns and
 * {@code POST /api/snapshots} accepts. {@code vocabulary} lists the characters in network order (the end
 * marker is {@code "\n"}); {@code weights} are the engine's parameters in {@code Network.parameters()} order.
 * {@code probes} are the sequences the network was shown on when it was saved (a run's probe sequences), or
 * null: a page then shows the task's own. The id is derived from task, vocabulary, shape and weights only
 * (see {@link SnapshotIds}).
 */
@JsonPropertyOrder({"formatVersion", "id", "task", "title", "vocabulary", "config", "metrics", "probes", "createdAt",
        "weights"})
public record Snapshot(int formatVersion, String id, String task, String title, List<String> vocabulary,
                       SnapshotConfig config, SnapshotMetrics metrics, List<String> probes, Instant createdAt,
                       List<NamedMatrix> weights) {

    /** The only format this server writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** Task id of networks trained on users' own data; their vocabulary is part of the snapshot. */
    public static final String CUSTOM_TASK = "custom";

    /** Times are kept to the millisecond, which every database stores exactly. */
    public Snapshot {
        vocabulary = List.copyOf(vocabulary);
        probes = probes == null ? null : List.copyOf(probes);
        weights = List.copyOf(weights);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    public Vocabulary vocabularyOfNetwork() {
        return Vocabulary.of(String.join("", vocabulary));
    }

    /** The network, rebuilt from the weights; the engine names the first missing, misshapen or unexpected parameter. */
    public Network network() {
        try {
            return Network.fromParameters(vocabularyOfNetwork(), config.toShape(), weights);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the weights do not fit a " + config.layers() + "-layer " + config.cell()
                    + " with " + config.hiddenSize() + " neurons per layer over vocabulary " + vocabularyOfNetwork()
                    + ": " + e.getMessage());
        }
    }
}
