package com.lstmexplorer.networks;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.runs.RunTesting;
import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/runs/{id}/traces} on a real server, with JSON and with an uploaded file, and its downloads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=1"})
class RunTracesTest extends RunTesting {
    String id;

    @BeforeEach
    void aRunningCopyRun() {
        id = http.post("/api/runs", "{\"task\":\"copy\",\"learningRate\":1e-6,\"maxSteps\":100000}")
                .json().get("id").asString();
    }

    @Test
    void tracesEveryNeuronOfEveryLayerAtEveryStep() {
        Http.Answer answer = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"abcXabc\",\"cX\"]}");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode traces = answer.json().get("traces");
        assertThat(traces).hasSize(2);
        JsonNode first = traces.get(0);
        assertThat(first.get("sequence").asString()).isEqualTo("abcXabc");
        assertThat(first.get("steps")).hasSize(7);
        JsonNode step = first.get("steps").get(3);
        assertThat(step.get("char").asString()).isEqualTo("X");
        int layers = SeedTasks.byId("copy").defaults().layers();
        int hidden = SeedTasks.byId("copy").defaults().hiddenSize();
        assertThat(step.get("layers")).hasSize(layers);
        for (String quantity : new String[] {"cell", "hidden", "input", "forget", "output", "candidate"}) {
            assertThat(step.get("layers").get(layers - 1).get(quantity)).as(quantity).hasSize(hidden);
        }
        for (JsonNode gate : step.get("layers").get(0).get("forget")) {
            assertThat(gate.asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(SeedTasks.byId("copy").vocabulary().symbols()).contains(step.get("prediction").get("char").asString());
        assertThat(step.get("prediction").get("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(traces.get(1).get("steps")).hasSize(2);
    }

    @Test
    void acceptsAFileWithOneSequenceALine() {
        Http.Answer answer = http.postFile("/api/runs/" + id + "/traces", "abcXabc\r\nbbaXbba\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("traces").findValuesAsString("sequence")).containsExactly("abcXabc", "bbaXbba");
    }

    @Test
    void aCharacterOutsideTheVocabularyIs400NamingIt() {
        Http.Answer json = http.post("/api/runs/" + id + "/traces", "{\"sequences\":[\"abcXabc\",\"abqX\"]}");
        Http.Answer file = http.postFile("/api/runs/" + id + "/traces", "abcXabc\nabqX\n");

        for (Http.Answer answer : new Http.Answer[] {json, file}) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.detail()).contains("'q'", "line 2", "column 3");
        }
    }

    @Test
    void nothingToTraceIs400() {
        assertThat(http.post("/api/runs/" + id + "/traces", "{\"sequences\":[]}").detail()).contains("no sequences");
        assertThat(http.post("/api/runs/" + id + "/traces", "{}").detail()).contains("no sequences");
        assertThat(http.postFile("/api/runs/" + id + "/traces", "").status()).isEqualTo(400);
    }

    /** The downloads of a finished run, whose network no longer changes between two requests. */
    @Test
    void aFinishedRunsTracesDownloadAsCsvAndJsonWithTheNumbersAPostAnswers() {
        runs.stop(id); // the pool holds one run
        String run = http.finishedRun(
                "{\"task\": \"counting\", \"hiddenSize\": 4, \"maxSteps\": 40, \"seed\": 3, \"batchSize\": 8}");
        String traces = "{\"sequences\": [\"aaXbb\", \"aaaaXbbbb\"]}";
        Http.Answer csv = http.get("/api/runs/" + run + "/traces.csv?seq=aaXbb");
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentDisposition()).isEqualTo("attachment; filename=\"traces-run-" + run + ".csv\"");
        assertThat(csv.text().split("\r\n")).as("a header, then 5 steps of 4 neurons").hasSize(1 + 5 * 4);
        Http.Answer json = http.get("/api/runs/" + run + "/traces.json?seq=aaXbb&seq=aaaaXbbbb");
        assertThat(json.text()).isEqualTo(http.post("/api/runs/" + run + "/traces", traces).text());
        Http.Answer posted = http.post("/api/runs/" + run + "/traces.csv", traces);
        assertThat(posted.text()).isEqualTo(http.get("/api/runs/" + run + "/traces.csv?seq=aaXbb&seq=aaaaXbbbb").text());
        assertThat(posted.contentDisposition()).isEqualTo("attachment; filename=\"traces-run-" + run + ".csv\"");
    }

    @Test
    void theDownloadsOfAnUnknownRunAre404() {
        assertThat(http.get("/api/runs/nope/traces.csv?seq=a").status()).isEqualTo(404);
    }
}
