package com.lstmexplorer.snapshots;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.testing.Http;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/runs/{id}/snapshot}: a real run saved as a snapshot, and the run's trace downloads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class RunSnapshotTest extends SnapshotTesting {
    private static final String TRACES = "{\"sequences\": [\"aaXbb\", \"aaaaXbbbb\"]}";

    private String finishedRun() {
        Http.Answer started = api.post("/api/runs",
                "{\"task\": \"counting\", \"hiddenSize\": 4, \"maxSteps\": 40, \"seed\": 3, \"batchSize\": 8}");
        assertEquals(201, started.status(), started.text());
        String run = started.json().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !api.get("/api/runs/" + run).json().get("status")
                .asString().matches("queued|running"));
        return run;
    }

    @Test
    void aRunIsSavedWithItsTaskSettingsMetricsAndWeightsOnceUnderOneId() {
        String run = finishedRun();
        JsonNode view = api.get("/api/runs/" + run).json();

        Http.Answer saved = api.post("/api/runs/" + run + "/snapshot", "{\"title\": \"my counter\"}");
        assertEquals(201, saved.status(), saved.text());
        String id = saved.json().get("id").asString();
        assertEquals("/s/" + id, saved.json().get("url").asString());
        assertTrue(saved.json().get("created").asBoolean());

        Http.Answer again = api.post("/api/runs/" + run + "/snapshot", new byte[0], "application/json");
        assertEquals(201, again.status(), again.text());
        assertEquals(id, again.json().get("id").asString(), "same weights, same id");
        assertFalse(again.json().get("created").asBoolean());

        JsonNode snapshot = api.get("/api/snapshots/" + id).json();
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

        assertEquals(api.post("/api/runs/" + run + "/traces", TRACES).text(),
                api.post("/api/snapshots/" + id + "/traces", TRACES).text(),
                "the snapshot traces exactly like the run it was saved from");
    }

    @Test
    void aRunsTracesDownloadAsCsvAndJson() {
        String run = finishedRun();
        Http.Answer csv = api.get("/api/runs/" + run + "/traces.csv?seq=aaXbb");
        assertEquals(200, csv.status(), csv.text());
        assertEquals("attachment; filename=\"traces-run-" + run + ".csv\"", csv.contentDisposition());
        assertEquals(1 + 5 * 4, csv.text().split("\r\n").length);
        Http.Answer json = api.get("/api/runs/" + run + "/traces.json?seq=aaXbb&seq=aaaaXbbbb");
        assertEquals(api.post("/api/runs/" + run + "/traces", TRACES).text(), json.text());
        Http.Answer posted = api.post("/api/runs/" + run + "/traces.csv", TRACES);
        assertEquals(api.get("/api/runs/" + run + "/traces.csv?seq=aaXbb&seq=aaaaXbbbb").text(), posted.text());
        assertEquals("attachment; filename=\"traces-run-" + run + ".csv\"", posted.contentDisposition());
    }

    @Test
    void anUnknownRunIsA404Problem() {
        Http.Answer response = api.post("/api/runs/nope/snapshot", "{}");
        assertEquals(404, response.status());
        assertTrue(response.detail().contains("no run with id 'nope'"), response.detail());
        assertEquals(404, api.get("/api/runs/nope/traces.csv?seq=a").status());
    }
}
