package com.lstmexplorer.snapshots.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import java.time.Instant;

/**
 * One entry of {@code GET /api/snapshots}: enough to show a snapshot in the gallery without its weights.
 * {@code seed} tells whether it is the ready-made seed network of its task ({@code seedOf}, else null);
 * {@code config} is the architecture part of the snapshot's config. {@code mine}: the client asking saved it;
 * {@code published}: for its own, whether it chose to publish it in the gallery, for another's, that its
 * owner did (false for seeds and for snapshots of unknown owner). No entry carries a snapshot's sequences:
 * only its link shows them.
 */
@JsonPropertyOrder({"id", "url", "task", "title", "seed", "seedOf", "mine", "published", "config", "metrics",
        "createdAt"})
public record SnapshotSummary(String id, String url, String task, String title, String seedOf, Shape config,
                              SnapshotMetrics metrics, Instant createdAt, boolean mine, boolean published) {

    @JsonProperty("seed")
    public boolean seed() {
        return seedOf != null;
    }

    /** The network's architecture. */
    @JsonPropertyOrder({"cell", "layers", "hiddenSize"})
    public record Shape(String cell, int layers, int hiddenSize) {
    }
}
