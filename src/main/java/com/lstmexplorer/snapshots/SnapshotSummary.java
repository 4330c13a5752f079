package com.lstmexplorer.snapshots;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One entry of {@code GET /api/snapshots}: enough to show a snapshot in the gallery without its weights.
 * {@code seedOf} is the task whose ready-made seed network this is, or null.
 */
@JsonPropertyOrder({"id", "url", "task", "title", "seedOf", "shape", "metrics", "createdAt"})
public record SnapshotSummary(String id, String url, String task, String title, String seedOf, Shape shape,
                              SnapshotMetrics metrics, Instant createdAt) {

    /** The network's architecture. */
    @JsonPropertyOrder({"cell", "layers", "hiddenSize"})
    public record Shape(String cell, int layers, int hiddenSize) {
    }
}
