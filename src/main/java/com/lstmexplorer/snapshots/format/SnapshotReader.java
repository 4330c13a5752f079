package com.lstmexplorer.snapshots.format;

import static com.lstmexplorer.snapshots.format.JsonFields.array;
import static com.lstmexplorer.snapshots.format.JsonFields.finite;
import static com.lstmexplorer.snapshots.format.JsonFields.object;
import static com.lstmexplorer.snapshots.format.JsonFields.optional;
import static com.lstmexplorer.snapshots.format.JsonFields.required;
import static com.lstmexplorer.snapshots.format.JsonFields.text;
import static com.lstmexplorer.snapshots.format.JsonFields.whole;

import com.lstmexplorer.model.NamedMatrix;
import com.lstmexplorer.model.Vocabulary;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a snapshot a user imports, field by field, so that each mistake is reported by its path
 * ("field 'weights[2].rows' must be between 1 and 65536, got -3"). Checks what JSON alone can tell:
 * format version, task and vocabulary, shape limits, sizes, finite numbers. Whether the weights fit the
 * shape is the engine's call ({@link Snapshot#network}). The id in the file, if any, is ignored and derived anew.
 */
final class SnapshotReader {
    static final int MAX_TITLE = 200;
    static final int MAX_MATRIX_SIDE = 1 << 16;
    static final int MAX_MATRICES = 100;

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final SnapshotTasks tasks;

    SnapshotReader(SnapshotTasks tasks) {
        this.tasks = tasks;
    }

    Snapshot read(byte[] json, Instant now) {
        JsonNode root = object(parse(json), "(the snapshot)");
        int version = whole(required(root, "formatVersion", "formatVersion"), "formatVersion", 0, Integer.MAX_VALUE);
        if (version != Snapshot.FORMAT_VERSION) {
            throw new IllegalArgumentException("unknown formatVersion " + version + "; this server reads version "
                    + Snapshot.FORMAT_VERSION);
        }
        String task = text(required(root, "task", "task"), "task");
        JsonNode vocabularyNode = optional(root, "vocabulary");
        List<String> vocabulary = tasks.vocabulary(task, vocabularyNode == null ? null
                : strings(vocabularyNode, "vocabulary"));
        SnapshotConfig config = config(object(required(root, "config", "config"), "config"));
        SnapshotMetrics metrics = metrics(optional(root, "metrics"));
        JsonNode probesNode = optional(root, "probes");
        List<String> probes = probesNode == null ? null
                : tasks.probes(strings(probesNode, "probes"), Vocabulary.of(String.join("", vocabulary)));
        List<NamedMatrix> weights = weights(array(required(root, "weights", "weights"), "weights"));
        String title = title(optional(root, "title"), task, config);
        Instant createdAt = createdAt(optional(root, "createdAt"), now);
        String id = SnapshotIds.idOf(task, vocabulary, config, weights);
        return new Snapshot(Snapshot.FORMAT_VERSION, id, task, title, vocabulary, config, metrics, probes, createdAt,
                weights);
    }

    private static JsonNode parse(byte[] json) {
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IllegalArgumentException("the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("the body is empty: expected a snapshot as a JSON object");
        }
        return root;
    }

    private static List<String> strings(JsonNode node, String path) {
        array(node, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static SnapshotConfig config(JsonNode node) {
        JsonNode cellNode = optional(node, "cell");
        String cell = cellNode == null ? "LSTM" : text(cellNode, "config.cell");
        int layers = whole(required(node, "layers", "config.layers"), "config.layers", 1, Integer.MAX_VALUE);
        int hidden = whole(required(node, "hiddenSize", "config.hiddenSize"), "config.hiddenSize", 1, Integer.MAX_VALUE);
        Double learningRate = optionalFinite(node, "learningRate", "config.learningRate");
        Integer batchSize = optionalWhole(node, "batchSize", "config.batchSize");
        Integer maxSteps = optionalWhole(node, "maxSteps", "config.maxSteps");
        JsonNode seedNode = optional(node, "seed");
        Long seed = seedNode == null ? null : whole(seedNode, "config.seed", Long.MIN_VALUE, Long.MAX_VALUE);
        SnapshotConfig config = new SnapshotConfig(cell, layers, hidden, learningRate, batchSize, maxSteps, seed);
        try {
            config.toShape();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("config: " + e.getMessage());
        }
        return config;
    }

    private static SnapshotMetrics metrics(JsonNode node) {
        if (node == null) {
            return SnapshotMetrics.UNKNOWN;
        }
        object(node, "metrics");
        JsonNode elapsed = optional(node, "elapsedMs");
        return new SnapshotMetrics(optionalWhole(node, "step", "metrics.step"),
                optionalFinite(node, "loss", "metrics.loss"),
                optionalFinite(node, "accuracy", "metrics.accuracy"),
                optionalWhole(node, "solvedAtStep", "metrics.solvedAtStep"),
                elapsed == null ? null : whole(elapsed, "metrics.elapsedMs", 0L, Long.MAX_VALUE));
    }

    private static List<NamedMatrix> weights(JsonNode node) {
        if (node.isEmpty() || node.size() > MAX_MATRICES) {
            throw new IllegalArgumentException("field 'weights' must list between 1 and " + MAX_MATRICES
                    + " parameter matrices, got " + node.size());
        }
        List<NamedMatrix> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String path = "weights[" + i + "]";
            JsonNode w = object(node.get(i), path);
            String name = text(required(w, "name", path + ".name"), path + ".name");
            int rows = whole(required(w, "rows", path + ".rows"), path + ".rows", 1, MAX_MATRIX_SIDE);
            int cols = whole(required(w, "cols", path + ".cols"), path + ".cols", 1, MAX_MATRIX_SIDE);
            JsonNode valuesNode = array(required(w, "values", path + ".values"), path + ".values");
            if ((long) rows * cols != valuesNode.size()) {
                throw new IllegalArgumentException("field '" + path + ".values' of parameter '" + name + "' holds "
                        + valuesNode.size() + " numbers, but rows x cols = " + rows + " x " + cols + " = " + rows * cols);
            }
            double[] values = new double[valuesNode.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = finite(valuesNode.get(k), path + ".values[" + k + "]");
            }
            out.add(new NamedMatrix(name, rows, cols, values));
        }
        return out;
    }

    private static String title(JsonNode node, String task, SnapshotConfig config) {
        if (node == null) {
            return SnapshotTasks.defaultTitle(task, config);
        }
        String title = text(node, "title").strip();
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("field 'title' has " + title.length() + " characters; the limit is "
                    + MAX_TITLE);
        }
        return title.isEmpty() ? SnapshotTasks.defaultTitle(task, config) : title;
    }

    private static Instant createdAt(JsonNode node, Instant now) {
        if (node == null) {
            return now;
        }
        String text = text(node, "createdAt");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field 'createdAt' must be an ISO-8601 instant such as "
                    + "2026-11-22T10:15:30Z, got \"" + text + "\"");
        }
    }

    private static Integer optionalWhole(JsonNode parent, String field, String path) {
        JsonNode node = optional(parent, field);
        return node == null ? null : whole(node, path, 0, Integer.MAX_VALUE);
    }

    private static Double optionalFinite(JsonNode parent, String field, String path) {
        JsonNode node = optional(parent, field);
        return node == null ? null : finite(node, path);
    }
}
