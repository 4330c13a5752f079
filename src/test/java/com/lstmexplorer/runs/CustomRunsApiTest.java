package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.testing.Http;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/runs} of task custom on a real server, with JSON sequences and with a multipart file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.custom-runs.max-hidden-size=32"})
class CustomRunsApiTest extends RunTesting {
    private static final String DATA = "(())\n()()\n((()))\n(()())\n()\n(())()\n((())())\n()(())\n(((())))\n()()()\n"
            + "(()(()))\n(())(())\n";

    @Test
    void aJsonRunTrainsOnTheSequencesAndReportsValidationLossAndAccuracy() {
        List<String> lines = DATA.lines().map(l -> "\"" + l + "\"").toList();
        Http.Answer created = http.post("/api/runs", "{\"task\":\"custom\",\"seed\":3,\"maxSteps\":40,\"sequences\":["
                + String.join(",", lines) + "]}");

        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).contains("/api/runs/" + id);
        assertThat(created.json().get("task").asString()).isEqualTo("custom");
        JsonNode config = created.json().get("config");
        assertThat(config.get("layers").asInt()).isEqualTo(CustomTask.DEFAULTS.layers());
        assertThat(config.get("hiddenSize").asInt()).as("the default, no larger than the custom limit").isEqualTo(32);
        assertThat(config.get("seed").asLong()).isEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/runs/" + id).json().get("status")
                .asString().equals("finished"));
        JsonNode run = http.get("/api/runs/" + id).json();
        assertThat(run.get("accuracy").asDouble()).isBetween(0.0, 1.0);
        assertThat(run.get("validationLoss").asDouble()).isPositive();

        Http.Answer traces = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"(()\"]}");
        assertThat(traces.status()).isEqualTo(200);
        assertThat(traces.json().get("traces").get(0).get("steps")).hasSize(3);
        Http.Answer outside = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"(a)\"]}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.detail()).contains("'a'", "line 1, column 2", "[(, ), ⏎]");
    }

    @Test
    void aMultipartRunTakesTheFileWithBomAndCrlfAndTheFormFields() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = DATA.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        Http.Answer created = http.postMultipart("/api/runs", file, Map.of("layers", "2", "hiddenSize", "8",
                "seed", "5", "maxSteps", "100000", "learningRate", "0.02", "batchSize", ""));

        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        JsonNode config = created.json().get("config");
        assertThat(config.get("layers").asInt()).isEqualTo(2);
        assertThat(config.get("hiddenSize").asInt()).isEqualTo(8);
        assertThat(config.get("seed").asLong()).isEqualTo(5);
        assertThat(config.get("learningRate").asDouble()).isEqualTo(0.02);
        assertThat(config.get("batchSize").asInt()).as("a blank field is left out").isEqualTo(CustomTask.DEFAULTS.batchSize());
        String id = created.json().get("id").asString();
        Http.Answer withBom = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"\uFEFF(())\"]}");
        assertThat(withBom.status()).as("the BOM was stripped, so it is not in the vocabulary").isEqualTo(400);
        Http.Answer withCr = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"(\\r)\"]}");
        assertThat(withCr.status()).as("CR was a line end, not a character").isEqualTo(400);
        assertThat(http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"(())\"]}").status()).isEqualTo(200);
    }

    @Test
    void badSettingsOfACustomRunAreNamedAndCreateNothing() {
        int before = http.get("/api/runs").json().size();
        String json = "{\"task\":\"custom\",\"sequences\":[" + String.join(",", DATA.lines().map(l -> "\"" + l + "\"")
                .toList()) + "],";
        byte[] file = DATA.getBytes(StandardCharsets.UTF_8);
        expect(http.post("/api/runs", json + "\"hiddenSize\":33}"), 400, "hiddenSize", "between 1 and 32",
                "lstm-explorer.custom-runs.max-hidden-size", "got 33");
        expect(http.postMultipart("/api/runs", file, Map.of("hiddenSize", "33")), 400,
                "lstm-explorer.custom-runs.max-hidden-size");
        expect(http.postMultipart("/api/runs", file, Map.of("layers", "3")), 400, "layers",
                "lstm-explorer.custom-runs.max-layers");
        expect(http.postMultipart("/api/runs", file, Map.of("layers", "two")), 400, "form field 'layers'", "'two'");
        expect(http.postMultipart("/api/runs", file, Map.of("task", "counting")), 400, "task must be 'custom'");
        expect(http.postMultipart("/api/runs", file, Map.of("colour", "red")), 400, "unknown form field 'colour'");
        expect(http.postMultipart("/api/runs", null, Map.of("layers", "1")), 400, "no 'file' part");
        expect(http.post("/api/runs", "{\"task\":\"counting\",\"sequences\":[\"aXb\"]}"), 400, "task 'custom'");
        expect(http.post("/api/runs", "{\"task\":\"custom\"}"), 400, "no sequences");
        assertThat(http.get("/api/runs").json().size()).as("no run was created").isEqualTo(before);
    }

    private static void expect(Http.Answer answer, int status, String... says) {
        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.detail()).contains(says);
    }
}
