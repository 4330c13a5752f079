package com.lstmexplorer.snapshots.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.NamedMatrix;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotJsonTest {
    static Snapshot sample() {
        var config = new SnapshotConfig("LSTM", 1, 2, 0.01, 32, 1000, 7L);
        var metrics = new SnapshotMetrics(120, 0.25, 1.0, 100, 3400L);
        var weights = List.of(new NamedMatrix("layer0.W", 1, 3, new double[] {0.1, -1e-300, 1.0 / 3}));
        return new Snapshot(1, "abcdefghijklmnopqrstuv", "custom", "Zählen ⏎", List.of("é", "\n"), config, metrics,
                List.of("éé"), Instant.parse("2026-11-22T10:15:30.123456789Z"), weights);
    }

    @Test
    void writesFieldsInAFixedOrderAsPlainAscii() {
        String json = new String(SnapshotJson.write(sample()), StandardCharsets.UTF_8);
        assertTrue(json.chars().allMatch(c -> c < 128), json);
        assertEquals("{\"formatVersion\":1,\"id\":\"abcdefghijklmnopqrstuv\",\"task\":\"custom\","
                + "\"title\":\"Z\\u00E4hlen \\u23CE\",\"vocabulary\":[\"\\u00E9\",\"\\n\"],"
                + "\"config\":{\"cell\":\"LSTM\",\"layers\":1,\"hiddenSize\":2,\"learningRate\":0.01,\"batchSize\":32,"
                + "\"maxSteps\":1000,\"seed\":7},"
                + "\"metrics\":{\"step\":120,\"loss\":0.25,\"accuracy\":1.0,\"solvedAtStep\":100,\"elapsedMs\":3400},"
                + "\"probes\":[\"\\u00E9\\u00E9\"],"
                + "\"createdAt\":\"2026-11-22T10:15:30.123Z\","
                + "\"weights\":[{\"name\":\"layer0.W\",\"rows\":1,\"cols\":3,\"values\":[0.1,-1.0E-300,0.3333333333333333]}]}",
                json);
    }

    @Test
    void readingAndWritingAgainGivesTheSameBytesAndTheSameDoubles() {
        byte[] first = SnapshotJson.write(sample());
        Snapshot read = SnapshotJson.read(first);
        assertArrayEquals(first, SnapshotJson.write(read));
        assertArrayEquals(sample().weights().get(0).values(), read.weights().get(0).values());
        assertEquals(Instant.parse("2026-11-22T10:15:30.123Z"), read.createdAt());
    }
}
