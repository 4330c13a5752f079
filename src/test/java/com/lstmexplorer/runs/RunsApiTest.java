package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.TaskDefaults;
import com.lstmexplorer.testing.Http;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The runs API on a real server whose pool trains one run at a time and lets one more wait. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=1"})
class RunsApiTest extends RunTesting {
    /** A run that will not end by itself within a test: a learning rate too small to solve anything. */
    static final String LONG_RUN = "{\"task\":\"counting\",\"learningRate\":1e-6,\"maxSteps\":100000}";

    @Test
    void startsARunWithTheTaskDefaultsAndShowsItEverywhere() {
        Http.Answer created = http.post("/api/runs",
                "{\"task\":\"counting\",\"seed\":42,\"learningRate\":1e-6,\"maxSteps\":100000}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).contains("/api/runs/" + id);
        assertThat(created.json().get("task").asString()).isEqualTo("counting");
        assertThat(created.json().get("status").asString()).isIn("queued", "running");
        TaskDefaults defaults = SeedTasks.byId("counting").defaults();
        JsonNode config = created.json().get("config");
        assertThat(config.get("layers").asInt()).isEqualTo(defaults.layers());
        assertThat(config.get("hiddenSize").asInt()).isEqualTo(defaults.hiddenSize());
        assertThat(config.get("learningRate").asDouble()).isEqualTo(1e-6);
        assertThat(config.get("batchSize").asInt()).isEqualTo(defaults.batchSize());
        assertThat(config.get("maxSteps").asInt()).isEqualTo(100000);
        assertThat(config.get("seed").asLong()).isEqualTo(42);
        assertThat(created.json().has("solvedAtStep")).isTrue();

        Http.Answer got = http.get("/api/runs/" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("id").asString()).isEqualTo(id);
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/runs/" + id).json().get("step").asInt() > 0);
        assertThat(http.get("/api/runs/" + id).json().get("status").asString()).isEqualTo("running");
        assertThat(http.get("/api/runs").json().findValuesAsString("id")).contains(id);

        Http.Answer stopped = http.post("/api/runs/" + id + "/stop", "");
        assertThat(stopped.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> http.get("/api/runs/" + id).json().get("status").asString().equals("stopped"));
    }

    @Test
    void aRunWithoutSeedReportsTheSeedItDrewAndIdsAreRandom() {
        JsonNode first = http.post("/api/runs", "{\"task\":\"copy\",\"maxSteps\":1}").json();
        JsonNode second = http.post("/api/runs", "{\"task\":\"copy\",\"maxSteps\":1}").json();

        assertThat(first.get("config").get("seed").isNumber()).isTrue();
        TaskDefaults defaults = SeedTasks.byId("copy").defaults();
        assertThat(first.get("config").get("layers").asInt()).isEqualTo(defaults.layers());
        assertThat(first.get("config").get("learningRate").asDouble()).isEqualTo(defaults.learningRate());
        assertThat(first.get("config").get("maxSteps").asInt()).isEqualTo(1);
        assertThat(first.get("id").asString()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second.get("id").asString());
    }

    @Test
    void aPacedRunTakesItsTime() {
        String id = http.post("/api/runs", "{\"task\":\"counting\",\"maxSteps\":20,\"stepsPerSecond\":50}")
                .json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get("/api/runs/" + id).json().get("status")
                .asString().matches("queued|running"));
        JsonNode run = http.get("/api/runs/" + id).json();
        assertThat(run.get("step").asInt()).isEqualTo(20);
        assertThat(run.get("config").get("stepsPerSecond").asInt()).isEqualTo(50);
        assertThat(run.get("elapsedMs").asLong()).as("20 steps at 50 a second").isGreaterThanOrEqualTo(400);
    }

    @Test
    void aRunThatEndsReportsItsMetrics() {
        String id = http.post("/api/runs", "{\"task\":\"counting\",\"maxSteps\":20}").json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get("/api/runs/" + id).json().get("status")
                .asString().matches("queued|running"));
        JsonNode run = http.get("/api/runs/" + id).json();
        assertThat(run.get("status").asString()).isEqualTo("finished");
        assertThat(run.get("step").asInt()).isEqualTo(20);
        assertThat(run.get("loss").isNumber()).isTrue();
        assertThat(run.get("solvedAtStep").isNull()).isTrue();
        assertThat(run.get("elapsedMs").asLong()).isPositive();
        assertThat(run.get("error").isNull()).isTrue();
        JsonNode history = run.get("history");
        assertThat(history.size()).as("its one evaluation, at step 20, for the chart").isEqualTo(1);
        assertThat(history.get(0).get("step").asInt()).isEqualTo(20);
        assertThat(history.get(0).get("loss").asDouble()).isEqualTo(run.get("loss").asDouble());
        assertThat(history.get(0).get("accuracy").asDouble()).isEqualTo(run.get("accuracy").asDouble());
    }

    @Test
    void aRunTrainsTheCellItNamesAndReportsItsIdAndLabel() {
        Http.Answer created = http.post("/api/runs", "{\"task\":\"counting\",\"cell\":\"gru\",\"maxSteps\":20}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get("/api/runs/" + id).json().get("status")
                .asString().matches("queued|running"));
        JsonNode run = http.get("/api/runs/" + id).json();
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("finished");
        assertThat(run.get("config").get("cell").asString()).isEqualTo("gru");
        assertThat(run.get("config").get("cellLabel").asString()).isEqualTo("GRU");
        assertThat(http.post("/api/runs", "{\"task\":\"copy\",\"maxSteps\":1}").json().get("config").get("cell")
                .asString()).as("the default").isEqualTo("lstm");
    }

    @Test
    void aFullPoolAnswers429UntilAPlaceIsFree() {
        String running = http.post("/api/runs", LONG_RUN).json().get("id").asString();
        Http.Answer queued = http.post("/api/runs", LONG_RUN);
        assertThat(queued.json().get("status").asString()).isEqualTo("queued");
        int known = http.get("/api/runs").json().size();

        Http.Answer refused = http.post("/api/runs", LONG_RUN);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.detail()).contains("busy", "max-concurrent=1", "max-queued=1");
        assertThat(http.get("/api/runs").json().size()).as("a refused run is not kept").isEqualTo(known);

        Http.Answer stopped = http.post("/api/runs/" + queued.json().get("id").asString() + "/stop", "");
        assertThat(stopped.json().get("status").asString()).as("a queued run stops at once").isEqualTo("stopped");
        assertThat(stopped.json().get("step").asInt()).isZero();
        assertThat(http.post("/api/runs", LONG_RUN).status()).isEqualTo(201);
        assertThat(http.get("/api/runs/" + running).json().get("status").asString()).isEqualTo("running");
    }

    @Test
    void unknownRunsAre404WithTheIdInTheDetail() {
        for (Http.Answer answer : new Http.Answer[] {http.get("/api/runs/nope"), http.post("/api/runs/nope/stop", ""),
                http.post("/api/runs/nope/traces", "{\"sequences\":[\"aXb\"]}")}) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.detail()).contains("'nope'");
        }
    }

    @Test
    void badConfigsAre400NamingTheProblemAndStartNothing() {
        int known = http.get("/api/runs").json().size();
        String[][] cases = {
                {"{\"task\":\"juggling\"}", "unknown task 'juggling'"},
                {"{}", "task is required"},
                {"{\"task\":\"counting\",\"hiddenSize\":0}", "hiddenSize must be between 1 and"},
                {"{\"task\":\"counting\",\"hiddenSize\":100000}", "hiddenSize must be between 1 and"},
                {"{\"task\":\"counting\",\"layers\":9}", "layers must be between 1 and"},
                {"{\"task\":\"counting\",\"learningRate\":-0.5}", "learningRate"},
                {"{\"task\":\"counting\",\"learningRate\":\"NaN\"}", "learningRate"},
                {"{\"task\":\"counting\",\"learningRate\":NaN}", "'NaN'"},
                {"{\"task\":\"counting\",\"learningRate\":-0.01}", "learningRate must be a number in (0, 1], got -0.01"},
                {"{\"task\":\"counting\",\"learningRate\":1e999}", "learningRate must be a number in (0, 1], got Infinity"},
                {"{\"task\":\"counting\",\"layers\":2.5}", "layers"},
                {"{\"task\":\"counting\",\"layers\":0}", "layers must be between 1 and"},
                {"{\"task\":\"counting\",\"hiddenSize\":\"ten\"}", "hiddenSize"},
                {"{\"task\":\"counting\",\"batchSize\":0}", "batchSize"},
                {"{\"task\":\"counting\",\"maxSteps\":-3}", "maxSteps"},
                {"{\"task\":\"counting\",\"stepsPerSecond\":0}", "stepsPerSecond must be at least"},
                {"{\"task\":\"counting\",\"cell\":\"lsmt\"}", "unknown cell 'lsmt'; expected one of lstm, peephole"},
                {"{\"task\":\"counting\",\"cell\":7}", "cell"},
                {"{\"task\":\"counting\"", "not valid JSON"},
        };
        for (String[] c : cases) {
            Http.Answer answer = http.post("/api/runs", c[0]);
            assertThat(answer.status()).as(c[0]).isEqualTo(400);
            assertThat(answer.contentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(answer.detail()).as(c[0]).contains(c[1]);
        }
        assertThat(http.get("/api/runs").json().size()).isEqualTo(known);
    }
}
