package com.lstmexplorer.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Low limits: past each one a client gets 429 with Retry-After and a problem naming the setting; others do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.limits.run-starts-per-minute=2",
        "lstm-explorer.limits.traces-per-minute=3", "lstm-explorer.limits.imports-per-minute=1"})
class RateLimitApiTest {
    static final String KEY_A = "A".repeat(43);
    static final String KEY_B = "B".repeat(43);
    static final String RUN = "{\"task\":\"counting\",\"maxSteps\":1}";

    @LocalServerPort
    int port;
    @Autowired
    RunService runs;

    @AfterEach
    void stopEverything() {
        runs.list().forEach(run -> runs.stop(run.id()));
    }

    @Test
    void eachLimitAnswers429WithRetryAfterPerClient() {
        Http http = new Http(port);
        String run = start(http, KEY_A).json().get("id").asString();
        start(http, KEY_A).ok();
        expect429(start(http, KEY_A), "lstm-explorer.limits.run-starts-per-minute", "at most 2 a minute");
        assertThat(start(http, KEY_B).status()).as("another client has its own allowance").isEqualTo(201);

        String traces = "/api/runs/" + run + "/traces";
        for (int i = 0; i < 3; i++) {
            http.send("POST", traces, "{\"sequences\":[\"aXb\"]}", OwnerKeys.HEADER, KEY_A).ok();
        }
        expect429(http.send("GET", "/api/runs/" + run + "/traces.csv?seq=aXb", null, OwnerKeys.HEADER, KEY_A),
                "lstm-explorer.limits.traces-per-minute", "at most 3");
        assertThat(http.send("GET", "/api/runs/" + run, null, OwnerKeys.HEADER, KEY_A).status())
                .as("looking at a run is not limited").isEqualTo(200);

        String snapshot = http.send("POST", "/api/runs/" + run + "/snapshot", "", OwnerKeys.HEADER, KEY_A).ok()
                .json().get("id").asString();
        String json = http.get("/api/snapshots/" + snapshot).text();
        http.send("POST", "/api/snapshots", json, OwnerKeys.HEADER, KEY_A).ok();
        expect429(http.send("POST", "/api/snapshots", json, OwnerKeys.HEADER, KEY_A),
                "lstm-explorer.limits.imports-per-minute", "snapshot imports");
    }

    private static Http.Answer start(Http http, String key) {
        return http.send("POST", "/api/runs", RUN, OwnerKeys.HEADER, key);
    }

    private static void expect429(Http.Answer answer, String setting, String says) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(429);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.detail()).contains(setting, says);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    }
}
