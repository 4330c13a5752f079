package com.lstmexplorer.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Trace;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.TraceStep;
import com.lstmexplorer.model.cell.LayerActivations;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TraceJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();

    private static LayerActivations layer(double base) {
        return new LayerActivations(CellType.LSTM.spec(), new double[][] {{base, -9.87654321}, {0.123456789, 0},
                {0.00004, 0.99996}, {0.5, 0.5}, {0.25, 0.75}, {-0.33333333, 0.66666666}});
    }

    private static Trace twoStepTrace() {
        return new Trace("aX", List.of(
                new TraceStep('a', List.of(layer(1.23456789)), 'X', 0.93456, new double[] {0.03, 0.93456, 0.03544}),
                new TraceStep('X', List.of(layer(-2.5)), '\n', 0.51, new double[] {0.2, 0.29, 0.51})));
    }

    @Test
    void writesApiFieldNamesWithCharAsKey() {
        JsonNode trace = json.valueToTree(TraceJson.of(twoStepTrace()));

        assertThat(trace.get("sequence").asString()).isEqualTo("aX");
        assertThat(trace.get("steps")).hasSize(2);
        JsonNode first = trace.get("steps").get(0);
        assertThat(first.get("char").asString()).isEqualTo("a");
        assertThat(first.get("prediction").get("char").asString()).isEqualTo("X");
        assertThat(trace.get("steps").get(1).get("prediction").get("char").asString()).isEqualTo("\n");
        JsonNode layer = first.get("layers").get(0);
        for (String quantity : List.of("cell", "hidden", "input", "forget", "output", "candidate")) {
            assertThat(layer.get(quantity)).as(quantity).hasSize(2);
        }
    }

    @Test
    void roundsToFourDecimalsAndWritesShortNumbers() throws Exception {
        String text = json.writeValueAsString(TraceJson.of(twoStepTrace()));

        assertThat(text).contains("\"cell\":[1.2346,-9.8765]", "\"hidden\":[0.1235,0.0]",
                "\"input\":[0.0,1.0]", "\"candidate\":[-0.3333,0.6667]", "\"probability\":0.9346");
    }

    @Test
    void fewerDecimalsOnRequest() throws Exception {
        String text = json.writeValueAsString(TraceJson.of(twoStepTrace(), 2));

        assertThat(text).contains("\"cell\":[1.23,-9.88]", "\"probability\":0.93");
    }

    @Test
    void keepsNonFiniteValuesVisibleInsteadOfRoundingThemToZero() {
        Trace diverged = new Trace("a", List.of(new TraceStep('a', List.of(new LayerActivations(
                CellType.LSTM.spec(), new double[][] {{Double.NaN}, {1}, {1}, {1}, {1}, {1}})), 'a', 1, new double[] {1})));

        assertThat(TraceJson.of(diverged).steps().get(0).layers().get(0).get("cell")[0]).isNaN();
    }

    @Test
    void countsValuesOfEveryQuantity() {
        assertThat(TraceJson.valueCount(20 * 50, NetworkShape.lstm(1, 20))).isEqualTo(120_000);
        assertThat(TraceJson.valueCount(20 * 50, new NetworkShape(CellType.GRU, 2, 20))).isEqualTo(20 * 50 * 2 * 20 * 4);
        assertThat(TraceJson.valueCount(20 * 50, new NetworkShape(CellType.RNN, 1, 20))).isEqualTo(20 * 50 * 20);
    }

    @Test
    void anLstmLayerIsWrittenAsItAlwaysWasKeyForKeyInTheCellsOrder() throws Exception {
        String text = json.writeValueAsString(TraceJson.of(twoStepTrace()));

        assertThat(text).startsWith("{\"sequence\":\"aX\",\"steps\":[{\"char\":\"a\",\"layers\":[{\"cell\":[1.2346,-9.8765],"
                + "\"hidden\":[0.1235,0.0],\"input\":[0.0,1.0],\"forget\":[0.5,0.5],\"output\":[0.25,0.75],"
                + "\"candidate\":[-0.3333,0.6667]}],\"prediction\":{\"char\":\"X\",\"probability\":0.9346}}");
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void everyCellsTraceCarriesItsOwnQuantitiesInItsOrder(CellType cell) {
        Network network = Network.create(Vocabulary.of("ab\n"), new NetworkShape(cell, 2, 3), 4);
        JsonNode layer = json.valueToTree(TraceJson.of(network.trace("abba"))).get("steps").get(3).get("layers").get(1);

        List<String> ids = cell.spec().quantities().stream().map(Quantity::id).toList();
        assertThat(layer.propertyNames()).containsExactlyElementsOf(ids);
        for (String id : ids) {
            assertThat(layer.get(id)).as(id).hasSize(3);
        }
    }

    @Test
    void aGruTraceIsDescribedByTheGrusQuantities() {
        JsonNode described = json.valueToTree(QuantityDescription.of(CellType.GRU.spec()));

        assertThat(described.valueStream().map(q -> q.get("id").asString()).toList())
                .containsExactly("hidden", "update", "reset", "candidate");
        assertThat(described.get(1).get("label").asString()).isEqualTo("update gate");
        assertThat(described.get(1).get("kind").asString()).isEqualTo("gate");
        assertThat(described.get(1).get("low").asDouble()).isEqualTo(0.0);
        assertThat(described.get(0).get("carried").asBoolean()).isTrue();
        JsonNode cell = json.valueToTree(QuantityDescription.of(CellType.LSTM.spec())).get(0);
        assertThat(cell.get("kind").asString()).isEqualTo("state");
        assertThat(cell.get("low").isNull()).as("an unbounded state has no range").isTrue();
    }
}
