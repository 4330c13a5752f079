package com.lstmexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/runs/{id}/snapshot}: a real run saved as a snapshot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class RunSnapshotTest extends RunTesting {
    private static final String TRACES = "{\"sequences\": [\"aaXbb\", \"aaaaXbbbb\"]}";
    private static final String COUNTING =
            "{\"task\": \"counting\", \"hiddenSize\": 4, \"maxSteps\": 40, \"seed\": 3, \"batchSize\": 8}";

    @Test
    void aRunIsSavedWithItsTaskSettingsMetricsAndWeightsOnceUnderOneId() {
        String run = http.finishedRun(COUNTING);
        JsonNode view = http.get("/api/runs/" + run).json();

        Http.Answer saved = http.post("/api/runs/" + run + "/snapshot", "{\"title\": \"my counter\"}");
        assertEquals(201, saved.status(), saved.text());
        String id = saved.json().get("id").asString();
        assertEquals("/s/" + id, saved.json().get("url").asString());
        assertTrue(saved.json().get("created").asBoolean());

        Http.Answer again = http.post("/api/runs/" + run + "/snapshot", new byte[0], "application/json");
        assertEquals(201, again.status(), again.text());
        assertEquals(id, again.json().get("id").asString(), "same weights, same id");
        assertFalse(again.json().get("created").asBoolean());

        JsonNode snapshot = http.get("/api/snapshots/" + id).json();
        assertEquals("counting", snapshot.get("task").asString());
        assertEquals("my counter", snapshot.get("title").asString());
        assertEquals(4, snapshot.get("config").get("hiddenSize").asInt());
        assertEquals(3, snapshot.get("config").get("seed").asLong());
        assertEquals(40, snapshot.get("config").get("maxSteps").asInt());
        assertEquals(view.get("config").get("learningRate").asDouble(), snapshot.get("config").get("learningRate").asDouble());
        assertEquals(view.get("step").asInt(), snapshot.get("metrics").get("step").asInt());
        assertEquals(view.get("loss").asDouble(), snapshot.get("metrics").get("loss").asDouble());
        assertEquals("aXb", snapshot.get("probes").get(0).asString(), "the run's probe sequences");
        assertEquals(view.get("probes"), snapshot.get("probes"), "the run shows the sequences its snapshot keeps");

        assertEquals(http.post("/api/runs/" + run + "/traces", TRACES).text(),
                http.post("/api/snapshots/" + id + "/traces", TRACES).text(),
                "the snapshot traces exactly like the run it was saved from");
    }

    @Test
    void anUnknownRunIsA404Problem() {
        Http.Answer response = http.post("/api/runs/nope/snapshot", "{}");
        assertEquals(404, response.status());
        assertTrue(response.detail().contains("no run with id 'nope'"), response.detail());
    }
}
