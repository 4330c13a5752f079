package com.lstmexplorer.snapshots.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.NamedMatrix;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotIdsTest {
    private static final List<String> VOCABULARY = List.of("a", "X", "b", "\n");
    private static final SnapshotConfig SHAPE = new SnapshotConfig("LSTM", 1, 2, null, null, null, null);

    private static List<NamedMatrix> weights(double first) {
        return List.of(new NamedMatrix("layer0.W", 1, 3, new double[] {first, 0.5, -0.25}),
                new NamedMatrix("output.b", 1, 1, new double[] {0.125}));
    }

    @Test
    void sameContentGivesSameShortUrlSafeId() {
        String id = SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(1.0));
        assertEquals(id, SnapshotIds.idOf("counting", List.copyOf(VOCABULARY), SHAPE, weights(1.0)));
        assertEquals(22, id.length());
        assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
        assertTrue(SnapshotIds.looksLikeId(id));
    }

    @Test
    void trainingSettingsDoNotChangeTheId() {
        var trained = new SnapshotConfig("LSTM", 1, 2, 0.01, 32, 1000, 7L);
        assertEquals(SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(1.0)),
                SnapshotIds.idOf("counting", VOCABULARY, trained, weights(1.0)));
    }

    @Test
    void anyChangeOfTaskShapeVocabularyOrWeightBitsChangesTheId() {
        Set<String> ids = new HashSet<>();
        ids.add(SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(1.0)));
        ids.add(SnapshotIds.idOf("custom", VOCABULARY, SHAPE, weights(1.0)));
        ids.add(SnapshotIds.idOf("counting", List.of("X", "a", "b", "\n"), SHAPE, weights(1.0)));
        ids.add(SnapshotIds.idOf("counting", VOCABULARY, new SnapshotConfig("LSTM", 2, 1, null, null, null, null),
                weights(1.0)));
        ids.add(SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(Math.nextUp(1.0))));
        ids.add(SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(-0.0)));
        ids.add(SnapshotIds.idOf("counting", VOCABULARY, SHAPE, weights(0.0)));
        assertEquals(7, ids.size(), ids.toString());
    }

    @Test
    void stringsAreDelimitedSoNeighboursCannotTradeCharacters() {
        assertNotEquals(SnapshotIds.idOf("counting", List.of("ab", "c"), SHAPE, weights(1.0)),
                SnapshotIds.idOf("counting", List.of("a", "bc"), SHAPE, weights(1.0)));
    }

    @Test
    void onlyTwentyTwoUrlSafeCharactersLookLikeAnId() {
        assertFalse(SnapshotIds.looksLikeId("short"));
        assertFalse(SnapshotIds.looksLikeId("AAAAAAAAAAAAAAAAAAAAA/"));
        assertFalse(SnapshotIds.looksLikeId(null));
    }
}
