package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.task.Task;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The live stream of a real run, received by a real STOMP client over {@code /ws}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.runs.max-concurrent=1", "lstm-explorer.runs.max-queued=1"})
class RunStreamTest extends RunTesting {
    private String start(String json) {
        return http.post("/api/runs", json).json().get("id").asString();
    }

    @Test
    void progressAndActivationsWhileTrainingThenTheFinalStatusLast() throws Exception {
        String blocker = start(RunsApiTest.LONG_RUN);
        String id = start("{\"task\":\"counting\",\"maxSteps\":300}");
        try (StompFrames stream = new StompFrames(port, id)) {
            // The greeting's progress frame may overtake its activations frame (progress goes first).
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.ofType("activations").isEmpty()
                    && !stream.ofType("progress").isEmpty());
            assertThat(stream.ofType("progress")).allMatch(f -> f.get("status").asString().equals("queued"));

            http.post("/api/runs/" + blocker + "/stop", "");
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.frames.stream().anyMatch(f ->
                    f.get("type").asString().equals("progress") && !f.get("status").asString().matches("queued|running")));

            JsonNode last = stream.last();
            JsonNode run = http.get("/api/runs/" + id).json();
            assertThat(last.get("type").asString()).isEqualTo("progress");
            assertThat(last.get("status").asString()).isIn("finished", "solved").isEqualTo(run.get("status").asString());
            assertThat(last.get("step").asInt()).isEqualTo(run.get("step").asInt()).isLessThanOrEqualTo(300);
            assertThat(last.get("loss").isNumber()).isTrue();
            assertThat(last.get("elapsedMs").asLong()).isPositive();
            List<JsonNode> activations = stream.ofType("activations");
            assertThat(activations.size()).as("the greeting, training and the final network").isGreaterThanOrEqualTo(3);
            assertThat(activations.get(activations.size() - 1).get("step").asInt()).isEqualTo(last.get("step").asInt());
            activations.forEach(frame -> assertProbeTraces(frame, SeedTasks.byId("counting")));
            await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                    .until(() -> stream.last() == last); // nothing after the final frame
        }
    }

    @Test
    void aWatchedRunStreamsProgressAtLeastTwiceASecondUntilStopped() throws Exception {
        String id = start(RunsApiTest.LONG_RUN);
        await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/runs/" + id).json().get("step").asInt() > 0);
        try (StompFrames stream = new StompFrames(port, id)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.ofType("progress").size() >= 6
                    && stream.ofType("activations").size() >= 3);
            List<JsonNode> progress = stream.ofType("progress");
            assertThat(progress).allMatch(f -> f.get("status").asString().equals("running"));
            assertThat(progress.get(progress.size() - 1).get("step").asInt())
                    .isGreaterThan(progress.get(0).get("step").asInt());
            for (int i = 1; i < progress.size(); i++) {
                long gap = progress.get(i).get("elapsedMs").asLong() - progress.get(i - 1).get("elapsedMs").asLong();
                assertThat(gap).as("gap between progress frames").isLessThanOrEqualTo(500);
            }
            List<JsonNode> activations = stream.ofType("activations");
            assertThat(activations.get(2).get("step").asInt()).isGreaterThan(activations.get(1).get("step").asInt());

            http.post("/api/runs/" + id + "/stop", "");
            await().atMost(Duration.ofSeconds(15)).until(() -> stream.last().get("type").asString().equals("progress")
                    && stream.last().get("status").asString().equals("stopped"));
        }
    }

    @Test
    void aLateSubscriberToAnEndedRunGetsItsFinalState() throws Exception {
        String id = start("{\"task\":\"state-memory\",\"maxSteps\":5}");
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.get(id).status().isFinal());
        try (StompFrames stream = new StompFrames(port, id)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.frames.size() >= 2);
            assertThat(stream.frames.get(0).get("type").asString()).isEqualTo("activations");
            assertProbeTraces(stream.frames.get(0), SeedTasks.byId("state-memory"));
            assertThat(stream.frames.get(1).get("status").asString()).isEqualTo("finished");
            assertThat(stream.frames.get(1).get("step").asInt()).isEqualTo(5);
        }
    }

    /** A run whose probes the stream cannot trace (here: a character outside its vocabulary) still says it ended. */
    @Test
    void theFinalStatusGoesOutEvenWhenTheActivationsCannotBeWritten() throws Exception {
        TaskOfOurOwn untraceable = new TaskOfOurOwn() {
            @Override
            public Task like() {
                return SeedTasks.byId("counting");
            }

            @Override
            public List<String> evaluationSet() {
                return List.of("aXq");
            }
        };
        Run run = runs.start(untraceable, new RunConfig("lstm", 1, 4, 1L, 0.01, 8, 200, 100, false), null);
        try (StompFrames stream = new StompFrames(port, run.id())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stream.frames).isNotEmpty()
                    .last().satisfies(last -> assertThat(last.get("status").asString()).isIn("finished", "solved")));
            assertThat(stream.ofType("activations")).isEmpty();
            assertThat(stream.last().get("step").asInt()).isEqualTo(200);
        }
    }

    /** One trace per probe sequence (the task's evaluation set, at most 50), every neuron at every step. */
    private static void assertProbeTraces(JsonNode frame, Task task) {
        List<String> expected = task.evaluationSet().subList(0, Math.min(50, task.evaluationSet().size()));
        JsonNode traces = frame.get("traces");
        assertThat(traces.findValuesAsString("sequence")).isEqualTo(expected);
        for (JsonNode trace : traces) {
            assertThat(trace.get("steps")).hasSize(trace.get("sequence").asString().length());
            JsonNode layer = trace.get("steps").get(0).get("layers").get(0);
            assertThat(layer.get("cell")).hasSize(task.defaults().hiddenSize());
            assertThat(layer.get("input")).hasSize(task.defaults().hiddenSize());
        }
    }
}
