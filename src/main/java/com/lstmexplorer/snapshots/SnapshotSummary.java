package com.lstmexplorer.snapshots;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One entry of {@code GET /api/snapshots}: enough to show a snapshot in the gallery without its weights.
 * {@code seed} tells whether it is the ready-made seed network of its task ({@code seedOf}, else null);
 * {@code config} is the architecture part of the snapshot's config.
 */
@JsonPropertyOrder({"id", "url", "task", "title", "seed", "seedOf", "config", "metrics", "createdAt"})
public record SnapshotSummary(String id, String url, String task, String title, String seedOf, Shape config,
                              SnapshotMetrics metrics, Instant createdAt) {

    @JsonProperty("seed")
    public boolean seed() {
        return seedOf != null;
    }

    /** The network's architecture. */
    @JsonPropertyOrder({"cell", "layers", "hiddenSize"})
    public record Shape(String cell, int layers, int hiddenSize) {
    }
}
