package com.lstmexplorer.snapshots.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.lstmexplorer.model.NamedMatrix;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON form of a snapshot: fixed field order, no indentation, non-ASCII escaped (so the bytes
 * are plain ASCII in any database encoding), numbers as Java writes doubles (they read back to the same
 * bits). The same snapshot always gives the same bytes. A mapper of our own, so that settings other code
 * gives Spring's mapper cannot change stored snapshots.
 */
public final class SnapshotJson {
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .addMixIn(NamedMatrix.class, NamedMatrixOrder.class)
            .build();

    private SnapshotJson() {
    }

    public static byte[] write(Snapshot snapshot) {
        return CANONICAL.writeValueAsBytes(snapshot);
    }

    public static Snapshot read(byte[] canonical) {
        return CANONICAL.readValue(canonical, Snapshot.class);
    }

    /** The engine's record carries no Jackson annotations (model imports no Jackson), so its order is set here. */
    @JsonPropertyOrder({"name", "rows", "cols", "values"})
    private interface NamedMatrixOrder {
    }
}
