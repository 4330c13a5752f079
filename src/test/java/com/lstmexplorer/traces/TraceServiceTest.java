package com.lstmexplorer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.sequences.SequenceLimits;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A traces answer of any cell says what its layers hold, and is limited by what that cell records. */
class TraceServiceTest {
    private static final Vocabulary VOCABULARY = Vocabulary.of("aXb\n");

    private static Network network(CellType cell) {
        return Network.create(VOCABULARY, new NetworkShape(cell, 1, 5), 2);
    }

    @ParameterizedTest
    @EnumSource(CellType.class)
    void theAnswerDescribesTheCellsQuantitiesAndEveryLayerHoldsThemInThatOrder(CellType cell) {
        TraceService service = new TraceService(SequenceLimits.defaults(), TraceLimits.defaults());
        JsonNode answer = JsonMapper.builder().build().valueToTree(service.trace(network(cell), List.of("aaXbb", "aXb")));

        List<String> ids = cell.spec().quantities().stream().map(Quantity::id).toList();
        assertThat(answer.get("quantities").valueStream().map(q -> q.get("id").asString()).toList()).isEqualTo(ids);
        assertThat(answer.propertyNames()).containsExactly("quantities", "traces");
        JsonNode layer = answer.get("traces").get(1).get("steps").get(2).get("layers").get(0);
        assertThat(layer.propertyNames()).containsExactlyElementsOf(ids);
    }

    @Test
    void theSizeLimitCountsTheQuantitiesTheCellRecords() {
        // 10 characters × 1 layer × 5 neurons: 50 numbers for a plain RNN, 300 for an LSTM.
        TraceService service = new TraceService(SequenceLimits.defaults(), new TraceLimits(100L));
        List<String> sequences = List.of("aaaaaXbbbb");

        assertThat(service.trace(network(CellType.RNN), sequences).traces()).hasSize(1);
        assertThatThrownBy(() -> service.trace(network(CellType.LSTM), sequences))
                .hasMessageContaining("gives 300 numbers; the limit is 100");
    }
}
