package com.lstmexplorer.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.model.cell.CellType;
import com.lstmexplorer.model.cell.Quantity;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** A snapshot of every cell: saved, exported, imported under the same id, and traced with the cell's own quantities. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class SnapshotCellsTest extends SnapshotTesting {

    @ParameterizedTest
    @EnumSource(CellType.class)
    void everyCellIsStoredUnderItsNameAndReadBackAsItself(CellType cell) {
        String id = snapshots.save(TestNetworks.counting(cell, 3, 17), null).id();

        Http.Answer exported = api.get("/api/snapshots/" + id);
        assertThat(exported.json().get("config").get("cell").asString()).isEqualTo(cell.name());
        Http.Answer imported = api.post("/api/snapshots", exported.text().getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().get("id").asString()).isEqualTo(id);

        Http.Answer traced = api.post("/api/snapshots/" + id + "/traces", "{\"sequences\":[\"aaXbb\"]}");
        assertThat(traced.status()).as(traced.text()).isEqualTo(200);
        JsonNode layer = traced.json().get("traces").get(0).get("steps").get(0).get("layers").get(0);
        assertThat(layer.propertyNames()).containsExactlyElementsOf(
                cell.spec().quantities().stream().map(Quantity::id).toList());
        assertThat(layer.get(cell.spec().quantities().get(0).id()).size()).isEqualTo(3);
        assertThat(api.get("/api/snapshots/" + id + "/analysis").status()).as("explained like any network")
                .isEqualTo(200);
    }
}
