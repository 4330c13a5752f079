package com.lstmexplorer.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/snapshots} against a real H2 file database: a malformed snapshot of any kind gets a 4xx
 * problem naming what is wrong, and leaves the database as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.snapshots.max-import-bytes=300000"})
class SnapshotImportTest extends SnapshotTesting {
    @Autowired
    JdbcClient jdbc;

    private ObjectNode valid;

    @BeforeEach
    void exportOne() {
        String id = snapshots.save(TestNetworks.counting(4, 11), null).id();
        valid = (ObjectNode) api.get("/api/snapshots/" + id).json();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                raw("not JSON", s -> "this is not a snapshot", 400, "not valid JSON at line 1"),
                raw("empty body", s -> "", 400, "the body is empty"),
                raw("JSON but an array", s -> "[1, 2]", 400, "'(the snapshot)' must be an object"),
                raw("trailing garbage", s -> s + " }", 400, "not valid JSON"),
                raw("duplicate field", s -> "{\"formatVersion\":1," + s.toString().substring(1), 400,
                        "at line 1, column 35: Duplicate Object property \"formatVersion\""),
                bad("unknown format version", s -> s.put("formatVersion", 2), 400,
                        "unknown formatVersion 2; this server reads version 1"),
                bad("missing format version", s -> s.remove("formatVersion"), 400,
                        "field 'formatVersion' is missing"),
                bad("missing weights", s -> s.remove("weights"), 400, "field 'weights' is missing"),
                bad("missing hidden size", s -> config(s).remove("hiddenSize"), 400,
                        "field 'config.hiddenSize' is missing"),
                bad("missing parameter values", s -> weight(s, 0).remove("values"), 400,
                        "field 'weights[0].values' is missing"),
                bad("unknown task", s -> s.put("task", "parity"), 400,
                        "unknown task 'parity'; expected one of counting, selective-counting, state-memory, copy or custom"),
                bad("vocabulary of another task", s -> s.set("vocabulary", Http.JSON.valueToTree(
                        new String[] {"a", "b", "X", "\n"})), 400, "is not the vocabulary of task 'counting'"),
                bad("custom vocabulary without end marker", s -> custom(s, "a", "X", "b", "c"), 400,
                        "must contain the end marker"),
                bad("custom vocabulary with a repeat", s -> custom(s, "a", "X", "a", "\n"), 400,
                        "lists 'a' twice"),
                bad("custom vocabulary entry of two characters", s -> custom(s, "a", "Xb", "b", "\n"), 400,
                        "field 'vocabulary[1]' is \"Xb\": each entry must be exactly one character"),
                bad("custom without vocabulary", s -> s.put("task", "custom").remove("vocabulary"), 400,
                        "a snapshot of task 'custom' must list its characters"),
                bad("NaN as a string", s -> values(s, 0).set(0, "NaN"), 400,
                        "field 'weights[0].values[0]' must be a number, got \"NaN\""),
                raw("infinity by overflow", s -> {
                    values(s, 0).set(0, 123456.5);
                    return s.toString().replace("123456.5", "1e999");
                }, 400,
                        "field 'weights[0].values[0]' overflows to Infinity: every number in a snapshot must be a finite double"),
                bad("negative rows", s -> weight(s, 0).put("rows", -3), 400,
                        "field 'weights[0].rows' must be between 1 and 65536, got -3"),
                bad("fractional size", s -> weight(s, 1).put("cols", 2.5), 400,
                        "field 'weights[1].cols' must be a whole number, got 2.5"),
                bad("fewer values than rows x cols", s -> values(s, 2).remove(0), 400,
                        "field 'weights[2].values' of parameter 'layer0.b' holds 15 numbers, but rows x cols = 1 x 16 = 16"),
                bad("wrong parameter name", s -> weight(s, 0).put("name", "layer0.W"), 400,
                        "parameter 1 should be layer0.Wx, got layer0.W"),
                bad("weights of another shape", s -> config(s).put("hiddenSize", 5), 400,
                        "the weights do not fit a 1-layer LSTM with 5 neurons per layer"),
                bad("a parameter missing", s -> ((ArrayNode) s.get("weights")).remove(4), 400,
                        "parameter output.by is missing"),
                bad("too many layers", s -> config(s).put("layers", 9), 400,
                        "config: layers must be between 1 and 3, got 9"),
                bad("unknown cell", s -> config(s).put("cell", "LSMT"), 400,
                        "unknown cell 'LSMT'; known cells: LSTM, PEEPHOLE, CIFG, GRU, RNN"),
                bad("an LSTM's weights called a GRU's", s -> config(s).put("cell", "GRU"), 400,
                        "the weights do not fit a 1-layer GRU"),
                bad("accuracy not a number", s -> ((ObjectNode) s.get("metrics")).put("accuracy", "high"), 400,
                        "field 'metrics.accuracy' must be a number, got \"high\""),
                bad("probe with a character outside the vocabulary", s -> s.set("probes",
                        Http.JSON.valueToTree(new String[] {"aaXbb", "aaYbb"})), 400,
                        "field 'probes': character 'Y' at sequence 2, column 3 is not in this network's vocabulary"),
                bad("creation time not a time", s -> s.put("createdAt", "yesterday"), 400,
                        "field 'createdAt' must be an ISO-8601 instant"),
                raw("oversized", s -> s + " ".repeat(300_001), 413,
                        "at most 300000 bytes are accepted (setting lstm-explorer.snapshots.max-import-bytes)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedSnapshotIsRefusedWithAClearProblemAndNothingIsStored(String kind, Function<ObjectNode, byte[]> body,
                                                                      int status, String detail) {
        long before = rows();
        Http.Answer response = api.post("/api/snapshots", body.apply(valid.deepCopy()), "application/json");
        assertEquals(status, response.status(), response.text());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertTrue(response.detail().contains(detail), "detail was: " + response.detail());
        assertEquals(before, rows());
    }

    @Test
    void theValidExportImportsUnderTheSameIdWithoutASecondRow() {
        long before = rows();
        Http.Answer response = api.post("/api/snapshots", bytes(valid.toString()), "application/json");
        assertEquals(201, response.status(), response.text());
        assertEquals(valid.get("id").asString(), response.json().get("id").asString());
        assertEquals(false, response.json().get("created").asBoolean());
        assertEquals(before, rows());
    }

    /** A case made by editing the valid export. */
    private static Arguments bad(String kind, Consumer<ObjectNode> edit, int status, String detail) {
        Function<ObjectNode, byte[]> body = s -> {
            edit.accept(s);
            return bytes(s.toString());
        };
        return Arguments.of(kind, body, status, detail);
    }

    /** A case whose body is text made from the valid export. */
    private static Arguments raw(String kind, Function<ObjectNode, String> text, int status, String detail) {
        return Arguments.of(kind, text.andThen(SnapshotImportTest::bytes), status, detail);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode config(ObjectNode s) {
        return (ObjectNode) s.get("config");
    }

    private static ObjectNode weight(ObjectNode s, int index) {
        return (ObjectNode) s.get("weights").get(index);
    }

    private static ArrayNode values(ObjectNode s, int index) {
        return (ArrayNode) weight(s, index).get("values");
    }

    private static ObjectNode custom(ObjectNode s, String... vocabulary) {
        return s.put("task", "custom").set("vocabulary", Http.JSON.valueToTree(vocabulary));
    }
}
