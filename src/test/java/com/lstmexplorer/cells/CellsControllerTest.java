package com.lstmexplorer.cells;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CellsControllerTest {
    @Value("${local.server.port}")
    int port;

    @Test
    void listsEveryCellWithItsQuantitiesInRecordingOrder() {
        JsonNode cells = new Http(port).get("/api/cells").json();

        assertThat(cells.valueStream().map(c -> c.get("id").asString()).toList())
                .containsExactly("lstm", "peephole", "cifg", "gru", "rnn");
        JsonNode gru = cells.get(3);
        assertThat(gru.get("label").asString()).isEqualTo("GRU");
        assertThat(gru.get("quantities").valueStream().map(q -> q.get("id").asString()).toList())
                .isEqualTo(List.of("hidden", "update", "reset", "candidate"));
        JsonNode update = gru.get("quantities").get(1);
        assertThat(update.get("kind").asString()).isEqualTo("gate");
        assertThat(update.get("low").asDouble()).isZero();
        assertThat(update.get("high").asDouble()).isEqualTo(1.0);
        assertThat(update.get("carried").asBoolean()).isFalse();
        JsonNode cell = cells.get(0).get("quantities").get(0);
        assertThat(cell.get("id").asString()).isEqualTo("cell");
        assertThat(cell.get("kind").asString()).isEqualTo("state");
        assertThat(cell.get("low").isNull()).as("unbounded").isTrue();
        assertThat(cell.get("carried").asBoolean()).isTrue();
    }
}
