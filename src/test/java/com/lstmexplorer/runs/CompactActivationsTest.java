package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.traces.TraceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Compact activations frames against the JSON frames they replace, on a realistic frame: the custom
 * run of issue 9 ({@code datasets/brackets/train.txt}, 1 x 64 LSTM) after some training, on its probes;
 * and the frames of every cell, whose quantities and relations the frame carries.
 */
class CompactActivationsTest {
    private static final int DECIMALS = 3;
    private static Task task;
    private static List<String> probes;
    private static Network trained;

    @BeforeAll
    static void train() throws Exception {
        task = CustomTask.of(Files.readAllLines(Path.of("datasets/brackets/train.txt")), 1);
        probes = probesOf(task, 64);
        trained = Network.create(task.vocabulary(), new NetworkShape(CellType.LSTM, 1, 64), 1);
        new TrainingLoop(task, trained, new TrainingConfig(0.01, 32, 600, 1, TrainingConfig.DEFAULT_CLIP_NORM))
                .run(new TrainingListener() { }, () -> false);
    }

    /** As {@link Probes} chooses them with the default settings. */
    static List<String> probesOf(Task task, int hidden) {
        List<String> chosen = new ArrayList<>();
        int characters = 0;
        for (String s : task.evaluationSet()) {
            characters += s.length();
            if (chosen.size() >= 50 || (!chosen.isEmpty() && TraceJson.valueCount(characters, NetworkShape.lstm(1, hidden)) > 250_000)) {
                break;
            }
            chosen.add(s);
        }
        return chosen;
    }

    /** The JSON activations frame of the same traces, as the stream sent it before the compact form. */
    static byte[] jsonFrame(int step, List<Trace> traces) {
        return ActivationsFrames.json(step, traces, DECIMALS);
    }

    @Test
    void aTrainedNetworksFrameIsAtMostAnEighthOfItsJsonFrame() {
        List<Trace> traces = probes.stream().map(trained::trace).toList();
        byte[] json = jsonFrame(600, traces);
        byte[] compact = CompactActivations.encode(600, traces, DECIMALS);
        System.out.printf("brackets 1x64 after 600 steps, %d probes: JSON %d bytes, compact %d bytes (1/%.1f)%n",
                probes.size(), json.length, compact.length, (double) json.length / compact.length);
        assertThat(compact.length * 8L).isLessThanOrEqualTo(json.length);
    }

    @Test
    void everyValueDecodesToTheNumberTheJsonFrameHolds() {
        for (Network network : List.of(trained, Network.create(task.vocabulary(), new NetworkShape(CellType.LSTM, 2, 16), 3))) {
            assertRoundTrip(network);
        }
    }

    /** Every registered cell's frame, with its own quantities (and relations, where it has some), decodes exactly. */
    @ParameterizedTest
    @EnumSource(CellType.class)
    void everyCellsFrameDecodesToItsJsonFrameWithItsOwnQuantities(CellType cell) {
        Network network = Network.create(task.vocabulary(), new NetworkShape(cell, 2, 8), 5);
        new TrainingLoop(task, network, new TrainingConfig(0.01, 16, 30, 5, TrainingConfig.DEFAULT_CLIP_NORM))
                .run(new TrainingListener() { }, () -> false);
        JsonNode decoded = assertRoundTrip(network);
        List<String> ids = cell.spec().quantities().stream().map(Quantity::id).toList();
        assertThat(decoded.get("quantities").valueStream().map(q -> q.get("id").asString()).toList()).isEqualTo(ids);
        for (int q = 0; q < ids.size(); q++) {
            JsonNode described = decoded.get("quantities").get(q);
            Quantity quantity = cell.spec().quantities().get(q);
            assertThat(described.get("label").asString()).isEqualTo(quantity.label());
            assertThat(described.get("kind").asString()).isEqualTo(quantity.kind().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(described.get("carried").asBoolean()).isEqualTo(quantity.carried());
        }
        assertThat(decoded.get("traces").get(0).get("steps").get(0).get("layers").get(0).propertyNames()).containsExactlyElementsOf(ids);
    }

    @Test
    void aDivergedLayerIsSentByCharacterAndStillDecodesToItsNonNumbers() {
        Network network = Network.create(task.vocabulary(), new NetworkShape(CellType.LSTM, 1, 4), 2);
        List<Trace> traces = probes.subList(0, 2).stream().map(network::trace).map(CompactActivationsTest::diverged).toList();
        JsonNode decoded = CompactActivationsDecoder.decode(CompactActivations.encode(1, traces, DECIMALS));
        JsonNode first = decoded.get("traces").get(0).get("steps").get(0).get("layers").get(0);
        assertThat(first.get("cell").get(0).asDouble()).isNaN();
        assertThat(first.get("hidden").get(1).asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(first.get("forget").get(0).asDouble()).isCloseTo(
                traces.get(0).steps().get(0).layers().get(0).get("forget")[0], org.assertj.core.data.Offset.offset(0.5e-3 + 1e-12));
    }

    /** The trace with neuron 0's cell NaN and neuron 1's hidden state +∞ at its first step. */
    private static Trace diverged(Trace trace) {
        var first = trace.steps().get(0);
        var layer = first.layers().get(0);
        double[][] values = java.util.Arrays.stream(layer.values()).map(double[]::clone).toArray(double[][]::new);
        values[layer.spec().index("cell")][0] = Double.NaN;
        values[layer.spec().index("hidden")][1] = Double.POSITIVE_INFINITY;
        List<TraceStep> steps = new ArrayList<>(trace.steps());
        steps.set(0, new TraceStep(first.symbol(), List.of(new LayerActivations(layer.spec(), values)), first.predicted(),
                first.probability(), first.distribution()));
        return new Trace(trace.sequence(), steps);
    }

    /** Encodes the network's probe traces, checks the decoded frame against the JSON frame, and returns it. */
    private static JsonNode assertRoundTrip(Network network) {
        List<Trace> traces = probes.stream().map(network::trace).toList();
        JsonNode expected = Http.JSON.readTree(jsonFrame(600, traces));
        JsonNode decoded = CompactActivationsDecoder.decode(CompactActivations.encode(600, traces, DECIMALS));
        assertThat(decoded.get("step").asInt()).isEqualTo(600);
        assertThat(decoded.get("traces")).hasSameSizeAs(expected.get("traces"));
        for (int s = 0; s < traces.size(); s++) {
            assertSameTrace(decoded.get("traces").get(s), expected.get("traces").get(s), traces.get(s));
        }
        return decoded;
    }

    /**
     * The rule: each decoded number equals the JSON frame's number (the exact value rounded to
     * {@code stream-decimals}), so it is within half a unit of the third decimal of the exact value.
     */
    private static void assertSameTrace(JsonNode decoded, JsonNode json, Trace exact) {
        assertThat(decoded.get("sequence").asString()).isEqualTo(json.get("sequence").asString());
        for (int t = 0; t < exact.steps().size(); t++) {
            JsonNode d = decoded.get("steps").get(t);
            JsonNode j = json.get("steps").get(t);
            assertThat(d.get("char").asString()).isEqualTo(j.get("char").asString());
            assertThat(d.get("prediction").get("char").asString()).isEqualTo(j.get("prediction").get("char").asString());
            assertThat((float) d.get("prediction").get("probability").asDouble())
                    .isEqualTo((float) j.get("prediction").get("probability").asDouble());
            for (int l = 0; l < exact.steps().get(t).layers().size(); l++) {
                for (var q : exact.steps().get(t).layers().get(l).spec().quantities()) {
                    double[] x = exact.steps().get(t).layers().get(l).get(q);
                    for (int n = 0; n < x.length; n++) {
                        double value = d.get("layers").get(l).get(q.id()).get(n).asDouble();
                        assertThat((float) value).as("%s %d at step %d", q.id(), n, t)
                                .isEqualTo((float) j.get("layers").get(l).get(q.id()).get(n).asDouble());
                        assertThat(Math.abs(value - x[n])).isLessThanOrEqualTo(0.5e-3 + 1e-12);
                    }
                }
            }
        }
    }
}
