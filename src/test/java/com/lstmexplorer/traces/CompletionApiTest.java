package com.lstmexplorer.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/{runs|snapshots}/{id}/complete} on a real server: greedy, sampled, and refused input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.completions.max-chars=40"})
class CompletionApiTest {
    private static final String COUNTING = "{\"task\":\"counting\",\"seed\":1}";

    @LocalServerPort
    int port;
    Http api;

    @BeforeEach
    void client() {
        api = new Http(port);
    }

    @Test
    void aSolvedCountingNetworkCompletesAPrefixGreedilyAndTheTraceCoversBothParts() {
        String run = api.finishedRun(COUNTING);
        String snapshot = api.post("/api/runs/" + run + "/snapshot", "").ok().json().get("id").asString();
        for (String owner : new String[] {"/api/runs/" + run, "/api/snapshots/" + snapshot}) {
            JsonNode answer = api.post(owner + "/complete", "{\"prefix\":\"aaaaaX\"}").ok().json();
            assertThat(answer.get("continuation").asString()).as(owner).isEqualTo("bbbbb");
            assertThat(answer.get("ended").asBoolean()).isTrue();
            assertThat(answer.get("typedLength").asInt()).isEqualTo(6);
            assertThat(answer.get("mode").asString()).isEqualTo("greedy");
            JsonNode trace = answer.get("trace");
            assertThat(trace.get("sequence").asString()).isEqualTo("aaaaaXbbbbb");
            assertThat(trace.get("steps")).hasSize(11);
            assertThat(trace.get("steps").get(10).get("prediction").get("char").asString()).isEqualTo("\n");
        }
    }

    @Test
    void sampledContinuationsAreRepeatableFromTheAnsweredSeed() {
        String run = api.finishedRun(COUNTING);
        JsonNode first = api.post("/api/runs/" + run + "/complete",
                "{\"prefix\":\"aaa\",\"mode\":\"sample\",\"temperature\":2.5,\"maxChars\":30}").ok().json();
        assertThat(first.get("temperature").asDouble()).isEqualTo(2.5);
        long seed = first.get("seed").asLong();
        JsonNode again = api.post("/api/runs/" + run + "/complete",
                "{\"prefix\":\"aaa\",\"mode\":\"sample\",\"temperature\":2.5,\"maxChars\":30,\"seed\":" + seed + "}").ok().json();
        assertThat(again.get("continuation").asString()).isEqualTo(first.get("continuation").asString());
        assertThat(again.get("ended").asBoolean()).isEqualTo(first.get("ended").asBoolean());
        String continuation = first.get("continuation").asString();
        assertThat(continuation.length()).isLessThanOrEqualTo(30);
        assertThat(continuation).matches("[aXb]*");
        if (!first.get("ended").asBoolean()) {
            assertThat(continuation).as("without the end marker it ran to maxChars").hasSize(30);
        }
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        String run = api.finishedRun(COUNTING);
        String url = "/api/runs/" + run + "/complete";
        expectProblem(url, "{}", 400, "no prefix given");
        expectProblem(url, "{\"prefix\":\"\"}", 400, "no prefix given");
        expectProblem(url, "{\"prefix\":\"aaq\"}", 400, "character 'q' at line 1, column 3");
        expectProblem(url, "{\"prefix\":\"aX\",\"mode\":\"beam\"}", 400, "mode must be 'greedy' or 'sample', got 'beam'");
        expectProblem(url, "{\"prefix\":\"aX\",\"mode\":\"sample\",\"temperature\":0}", 400,
                "temperature must be greater than 0");
        expectProblem(url, "{\"prefix\":\"aX\",\"temperature\":0.5}", 400, "temperature and seed belong to mode 'sample'");
        expectProblem(url, "{\"prefix\":\"aX\",\"maxChars\":0}", 400, "maxChars must be between 1 and 40");
        expectProblem(url, "{\"prefix\":\"aX\",\"maxChars\":41}", 400, "lstm-explorer.completions.max-chars");
        expectProblem("/api/runs/nope/complete", "{\"prefix\":\"aX\"}", 404, "nope");
        expectProblem("/api/snapshots/nope/complete", "{\"prefix\":\"aX\"}", 404, "no snapshot with id 'nope'");
    }

    private void expectProblem(String url, String body, int status, String detail) {
        Http.Answer answer = api.post(url, body);
        assertThat(answer.status()).as(body).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.detail()).as(body).contains(detail);
    }
}
