package com.lstmexplorer.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import com.lstmexplorer.snapshots.format.SnapshotSource;
import com.lstmexplorer.testing.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET .../analysis} and {@code POST .../ablate} on a real server, for snapshots and runs, and their 4xx answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.analysis.max-ablated-neurons=4"})
class AnalysisApiTest {
    @LocalServerPort
    int port;
    @Autowired
    SnapshotService snapshots;
    Http api;
    String counting;

    @BeforeEach
    void aSolvedCountingNetwork() {
        api = new Http(port);
        SeedTask task = SeedTasks.byId("counting");
        Network network = Network.create(task.vocabulary(), task.defaults().shape(), 1);
        new TrainingLoop(task, network, TrainingConfig.of(task.defaults(), 1)).run(new TrainingListener() { }, () -> false);
        counting = snapshots.save(new SnapshotSource("counting", null, network, TrainingConfig.of(task.defaults(), 1),
                SnapshotMetrics.UNKNOWN, null), null).id();
    }

    @Test
    void aSnapshotsAnalysisHasEveryPartAndItsCaptionNamesTheCostliestNeuron() {
        Http.Answer answer = api.get("/api/snapshots/" + counting + "/analysis");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode a = answer.json();
        assertThat(a.get("id").asString()).isEqualTo(counting);
        assertThat(strings(a.get("latents"))).containsExactly("a's - b's", "a's seen", "b's left", "phase");
        assertThat(a.get("labels")).hasSize(10 * 6);
        JsonNode label = a.get("labels").get(0);
        assertThat(label.get("quantity").asString()).isEqualTo("cell");
        for (String field : List.of("layer", "neuron", "latent", "r", "slope", "intercept")) {
            assertThat(label.has(field)).as(field).isTrue();
        }
        assertThat(a.get("baseline").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(a.get("ablation")).hasSize(10);
        assertThat(a.get("saturation")).hasSize(10 * 3);
        assertThat(a.get("sweep")).hasSize(30);
        // each length carries its case, to trace: N = 12 is twelve a's, X, twelve b's
        assertThat(a.get("sweep").get(11).get("example").asString()).isEqualTo("a".repeat(12) + "X" + "b".repeat(12));
        assertThat(a.get("sweepVariable").asString()).isEqualTo("N");
        assertThat(a.get("characters").get(0).get("mean")).hasSize(10);
        JsonNode top = a.get("neurons").get(0);
        assertThat(top.get("rank").asInt()).isEqualTo(1);
        assertThat(a.get("caption").asString()).startsWith("Neuron " + top.get("neuron").asInt() + "'s");
        assertThat(a.get("focus").get("neuron").asInt()).isEqualTo(top.get("neuron").asInt());
        // The ablation table's row of the top neuron is what ablating it alone gives.
        JsonNode ablated = api.post("/api/snapshots/" + counting + "/ablate",
                "{\"neurons\": [{\"layer\": 0, \"neuron\": " + top.get("neuron").asInt() + "}]}").ok().json();
        assertThat(ablated.get("accuracy").asDouble()).isEqualTo(top.get("ablatedAccuracy").asDouble());
        assertThat(ablated.get("loss").asDouble()).isEqualTo(top.get("ablatedLoss").asDouble());
        assertThat(ablated.get("accuracy").asDouble()).isLessThan(1.0);
        assertThat(ablated.get("failures").size()).isEqualTo(ablated.get("failed").asInt()).isPositive();
        assertThat(ablated.get("baseline").get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aClampedNeuronReadsTheClampValueInTheTracesFromItsStep() {
        JsonNode ablated = api.post("/api/snapshots/" + counting + "/ablate", "{\"neurons\": [{\"layer\": 0, \"neuron\": 2}],"
                + " \"mode\": \"clamp\", \"value\": 3.5, \"fromStep\": 2, \"sequences\": [\"aaaXbbb\"]}").ok().json();
        JsonNode steps = ablated.get("traces").get(0).get("steps");
        assertThat(steps).hasSize(7);
        assertThat(steps.get(1).get("layers").get(0).get("cell").get(2).asDouble()).isNotEqualTo(3.5);
        for (int t = 2; t < 7; t++) {
            assertThat(steps.get(t).get("layers").get(0).get("cell").get(2).asDouble()).isEqualTo(3.5);
        }
        assertThat(ablated.get("mode").asString()).isEqualTo("clamp");
        assertThat(ablated.get("fromStep").asInt()).isEqualTo(2);
    }

    @Test
    void badAblationsAreNamed4xxProblems() {
        String path = "/api/snapshots/" + counting + "/ablate";
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 1, \"neuron\": 0}]}"), 400, "layer 1 does not exist");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 10}]}"), 400, "neuron 10 does not exist");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0}]}"), 400, "neurons[0] needs both");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}], \"mode\": \"half\"}"), 400,
                "unknown ablation mode 'half'");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}], \"mode\": \"clamp\"}"), 400,
                "mode clamp needs a finite \"value\"");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}], \"value\": 2}"), 400,
                "\"value\" is for mode clamp only");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}], \"fromStep\": -1}"), 400,
                "fromStep must be 0 or more");
        assertProblem(api.post(path, "{\"neurons\": []}"), 400, "name at least one neuron");
        assertProblem(api.post(path, "{\"mode\": \"zero\"}"), 400, "name the neurons to ablate");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}, {\"layer\": 0, \"neuron\": 1}]}"), 400,
                "more than once");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 0}, {\"layer\": 0, \"neuron\": 1},"
                + " {\"layer\": 0, \"neuron\": 2}, {\"layer\": 0, \"neuron\": 3}, {\"layer\": 0, \"neuron\": 4}]}"), 400,
                "lstm-explorer.analysis.max-ablated-neurons");
        assertProblem(api.post(path, "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}], \"sequences\": [\"aaqb\"]}"), 400,
                "character 'q' at line 1, column 3");
        assertProblem(api.post("/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA/ablate", "{\"neurons\": [{\"layer\": 0, \"neuron\": 1}]}"),
                404, "no snapshot with id");
        assertProblem(api.get("/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA/analysis"), 404, "no snapshot with id");
        assertProblem(api.get("/api/runs/nope/analysis"), 404, "no run with id 'nope'");
    }

    @Test
    void aCustomSnapshotIsAnalysedByCharactersAndOneWithoutSequencesIsA409() {
        Vocabulary vocabulary = Vocabulary.of("()\n");
        Network network = Network.create(vocabulary, NetworkShape.lstm(1, 4), 3);
        String id = snapshots.save(new SnapshotSource("custom", "brackets", network, null, SnapshotMetrics.UNKNOWN,
                List.of("(())", "()()", "((()))")), null).id();
        JsonNode a = api.get("/api/snapshots/" + id + "/analysis").ok().json();
        assertThat(a.get("latents")).isEmpty();
        assertThat(a.get("labels")).isEmpty();
        assertThat(a.get("characterLabels")).hasSize(4 * 6);
        assertThat(a.get("sweep")).isEmpty();
        assertThat(a.get("caption").asString()).isNotBlank();
        assertThat(a.get("accuracyMeaning").asString()).contains("next characters");

        String bare = snapshots.save(new SnapshotSource("custom", "bare", Network.create(vocabulary, NetworkShape.lstm(1, 3), 4),
                null, SnapshotMetrics.UNKNOWN, null), null).id();
        assertProblem(api.get("/api/snapshots/" + bare + "/analysis"), 409, "carries no sequences");
    }

    @Test
    void aRunAnswersForItsNetworkAsItIsNow() {
        String run = api.post("/api/runs", "{\"task\":\"state-memory\",\"learningRate\":1e-6,\"maxSteps\":100000}")
                .ok().json().get("id").asString();
        JsonNode a = api.get("/api/runs/" + run + "/analysis").ok().json();
        assertThat(a.get("step").isNumber()).isTrue();
        assertThat(a.get("task").asString()).isEqualTo("state-memory");
        assertThat(a.get("sweep")).hasSize(50);
        JsonNode ablated = api.post("/api/runs/" + run + "/ablate", "{\"neurons\": [{\"layer\": 0, \"neuron\": 0}], \"mode\": \"mean\"}")
                .ok().json();
        assertThat(ablated.get("traces")).isNotEmpty();
        api.post("/api/runs/" + run + "/stop", "");
    }

    private static void assertProblem(Http.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.detail()).contains(detail);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
