package com.lstmexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.runs.RunService;
import com.lstmexplorer.testing.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The comparisons API on a real server whose pool trains one job at a time and has four places in all: two
 * visitors, A and B, each with a cookie jar of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=3",
                "lstm-explorer.snapshots.seed-networks=false"})
class ComparisonsApiTest {
    /** Runs that will not end by themselves within a test: a learning rate too small to solve anything. */
    private static final String LONG = "\"learningRate\":1e-6,\"maxSteps\":100000";

    @LocalServerPort
    int port;
    @Autowired
    RunService runs;
    Http a;
    Http b;

    @BeforeEach
    void twoVisitors() {
        a = new Http(port);
        b = new Http(port);
    }

    @AfterEach
    void stopEverything() {
        runs.list().forEach(run -> runs.stop(run.id()));
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.list().stream().allMatch(r -> r.status().isFinal()));
    }

    private static String id(Http.Answer answer) {
        return answer.json().get("id").asString();
    }

    /** Waits until every member of the comparison has ended; the comparison as it is then. */
    private JsonNode ended(String comparison) {
        await().atMost(Duration.ofSeconds(60)).until(() -> a.get("/api/comparisons/" + comparison).json()
                .get("members").valueStream().noneMatch(m -> m.get("status").asString().matches("queued|running")));
        return a.get("/api/comparisons/" + comparison).json();
    }

    @Test
    void startsEveryCellOnOneSeedEachAnOrdinaryRun() {
        Http.Answer started = a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\",\"rnn\"],"
                + "\"maxSteps\":60,\"hiddenSize\":6}");

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String id = id(started);
        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(started.location()).contains("/api/comparisons/" + id);
        JsonNode body = started.json();
        assertThat(body.get("saved").asBoolean()).isFalse();
        assertThat(body.get("mine").asBoolean()).isTrue();
        assertThat(body.get("url").asString()).isEqualTo("/compare?id=" + id);
        assertThat(body.get("task").asString()).isEqualTo("counting");
        long seed = body.get("config").get("seed").asLong();
        assertThat(body.get("config").get("seed").isNumber()).as("the seed it drew, reported").isTrue();
        assertThat(body.get("members").valueStream().map(m -> m.get("cell").asString())).containsExactly("lstm", "gru", "rnn");
        assertThat(body.get("members").valueStream().map(m -> m.get("cellLabel").asString()))
                .containsExactly("LSTM", "GRU", "plain RNN");
        for (JsonNode member : body.get("members")) {
            JsonNode run = a.get("/api/runs/" + member.get("run").asString()).json();
            assertThat(run.get("config").get("cell").asString()).isEqualTo(member.get("cell").asString());
            assertThat(run.get("config").get("seed").asLong()).isEqualTo(seed);
            assertThat(run.get("config").get("hiddenSize").asInt()).isEqualTo(6);
            assertThat(run.get("mine").asBoolean()).as("A started it").isTrue();
        }

        JsonNode done = ended(id);
        for (JsonNode member : done.get("members")) {
            assertThat(member.get("step").asInt()).isEqualTo(60);
            assertThat(member.get("history").size()).isEqualTo(3);
            assertThat(member.get("loss").isNumber()).isTrue();
            assertThat(member.get("endReason").asString()).isEqualTo("max-steps");
            assertThat(member.has("solvedAtStep")).isTrue();
        }
        JsonNode seenByB = b.get("/api/comparisons/" + id).json();
        assertThat(seenByB.get("mine").asBoolean()).as("anyone with the id may look, it is A's").isFalse();
        assertThat(seenByB.get("members")).isEqualTo(done.get("members"));
        assertThat(a.get("/api/runs").json().valueStream().map(r -> r.get("id").asString()))
                .containsAll(done.get("members").valueStream().map(m -> m.get("run").asString()).toList());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("{\"cells\":[\"lstm\",\"gru\"]}", "task is required"),
                Arguments.of("{\"task\":\"counting\"}", "cells must name at least 2 cells to compare, got none"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"gru\"]}", "cells must name at least 2 cells to compare, got 1"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"lstm\",\"lstn\"]}", "cells[1]: unknown cell 'lstn'; expected one of lstm, peephole, cifg, gru, rnn"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"gru\",\"lstm\",\"GRU\"]}", "cells names gru twice (cells[0] and cells[2])"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"lstm\",\"\"]}", "cells[1] is empty"),
                Arguments.of("{\"task\":\"custom\",\"cells\":[\"lstm\",\"gru\"]}", "task 'custom' cannot be compared"),
                Arguments.of("{\"task\":\"counts\",\"cells\":[\"lstm\",\"gru\"]}", "unknown task 'counts'"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"],\"hiddenSize\":1000}", "hiddenSize must be between 1 and 128"),
                Arguments.of("{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"],\"stepsPerSecond\":1}", "stepsPerSecond must be at least 5"),
                Arguments.of("{\"task\":\"counting\",\"cells\":\"lstm\"}", "cells"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRequests")
    void badInputIsRefusedNamingTheFaultAndStartsNothing(String body, String detail) {
        int known = runs.list().size();
        Http.Answer refused = a.post("/api/comparisons", body);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.detail()).contains(detail);
        assertThat(runs.list()).hasSize(known);
        assertThat(refused.headers().firstValue("Set-Cookie")).as("a refused request is issued no key").isEmpty();
    }

    @Test
    void aComparisonThatDoesNotFitThePoolStartsNothing() {
        a.post("/api/runs", "{\"task\":\"counting\"," + LONG + "}").ok();
        int known = runs.list().size();

        Http.Answer refused = a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\",\"rnn\",\"cifg\"]}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.detail()).contains("4 runs trained together need 4 places")
                .contains("lstm-explorer.runs.max-concurrent=1").contains("max-queued=3");
        assertThat(runs.list()).hasSize(known);

        Http.Answer fits = a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\",\"rnn\"]," + LONG + "}");
        assertThat(fits.status()).as(fits.text()).isEqualTo(201);
        assertThat(runs.list()).hasSize(known + 3);
    }

    @Test
    void aSaveKeepsEachNetworkAsASnapshotAndTheComparisonUnderALinkOfItsOwn() {
        String live = id(a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"],\"seed\":2,"
                + "\"maxSteps\":80,\"hiddenSize\":6}").ok());
        JsonNode ended = ended(live);

        Http.Answer saved = b.post("/api/comparisons/" + live + "/snapshot", "");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        String id = id(saved);
        assertThat(id).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(live);
        assertThat(saved.location()).contains("/api/comparisons/" + id);
        assertThat(saved.json().get("url").asString()).isEqualTo("/compare?id=" + id);
        assertThat(saved.json().get("created").asBoolean()).isTrue();
        List<String> snapshots = new ArrayList<>();
        for (JsonNode member : saved.json().get("members")) {
            String snapshot = member.get("snapshot").asString();
            snapshots.add(snapshot);
            assertThat(member.get("url").asString()).isEqualTo("/s/" + snapshot);
            JsonNode stored = b.get("/api/snapshots/" + snapshot).json();
            assertThat(stored.get("config").get("cell").asString()).isEqualTo(member.get("cell").asString().toUpperCase());
            assertThat(stored.get("config").get("seed").asLong()).isEqualTo(2);
            assertThat(stored.get("metrics").get("step").asInt()).isEqualTo(80);
        }
        assertThat(snapshots).doesNotHaveDuplicates();

        JsonNode shown = a.get("/api/comparisons/" + id).json();
        assertThat(shown.get("saved").asBoolean()).isTrue();
        assertThat(shown.get("mine").asBoolean()).as("B saved it, not A").isFalse();
        assertThat(b.get("/api/comparisons/" + id).json().get("mine").asBoolean()).isTrue();
        assertThat(shown.get("config")).isEqualTo(ended.get("config"));
        for (int k = 0; k < 2; k++) {
            JsonNode was = ended.get("members").get(k);
            JsonNode kept = shown.get("members").get(k);
            assertThat(kept.get("run").isNull()).isTrue();
            assertThat(kept.get("snapshot").asString()).isEqualTo(snapshots.get(k));
            for (String field : List.of("cell", "cellLabel", "status", "step", "loss", "accuracy", "solvedAtStep",
                    "endReason", "history")) {
                assertThat(kept.get(field)).as(field).isEqualTo(was.get(field));
            }
        }

        Http.Answer again = a.post("/api/comparisons/" + live + "/snapshot", "");
        assertThat(id(again)).as("the same networks, the same comparison").isEqualTo(id);
        assertThat(again.json().get("created").asBoolean()).isFalse();
        assertThat(a.get("/api/comparisons/" + id).json().get("mine").asBoolean()).as("A saved it too").isTrue();
        Http.Answer savedAgain = a.post("/api/comparisons/" + id + "/snapshot", "");
        assertThat(savedAgain.status()).isEqualTo(201);
        assertThat(id(savedAgain)).isEqualTo(id);
        assertThat(a.post("/api/comparisons/" + id + "/stop", "").status()).as("a saved one trains no more").isEqualTo(409);
    }

    @Test
    void onlyItsStarterStopsAComparison() {
        String id = id(a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"rnn\"]," + LONG + "}").ok());

        Http.Answer refused = b.post("/api/comparisons/" + id + "/stop", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).contains("only the client that started comparison");
        assertThat(a.get("/api/comparisons/" + id).json().get("members").valueStream()
                .map(m -> m.get("status").asString())).allMatch(s -> s.matches("queued|running"));

        Http.Answer stopped = a.post("/api/comparisons/" + id + "/stop", "");
        assertThat(stopped.status()).as(stopped.text()).isEqualTo(200);
        assertThat(ended(id).get("members").valueStream().map(m -> m.get("status").asString())).containsOnly("stopped");
    }

    @Test
    void anUnknownIdIsNotFoundAndAMemberDeletedByItsOwnerIsGone() {
        Http.Answer unknown = a.get("/api/comparisons/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).contains("no comparison with id 'AAAAAAAAAAAAAAAAAAAAAA'");
        assertThat(a.post("/api/comparisons/nope/snapshot", "").status()).isEqualTo(404);

        String id = id(a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"]," + LONG + "}").ok());
        String gru = a.get("/api/comparisons/" + id).json().get("members").get(1).get("run").asString();
        assertThat(a.delete("/api/runs/" + gru).status()).isEqualTo(204);
        JsonNode member = a.get("/api/comparisons/" + id).json().get("members").get(1);
        assertThat(member.get("status").asString()).isEqualTo("gone");
        assertThat(member.get("error").asString()).contains("was deleted by its owner");
        Http.Answer save = a.post("/api/comparisons/" + id + "/snapshot", "");
        assertThat(save.status()).as("nothing is saved without every member").isEqualTo(410);
        assertThat(save.detail()).contains("was deleted by its owner");
        assertThat(a.get("/api/snapshots").json().valueStream().filter(s -> s.get("mine").asBoolean()))
                .as("not even the LSTM's network").isEmpty();
    }
}
