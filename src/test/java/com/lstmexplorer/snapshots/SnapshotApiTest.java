package com.lstmexplorer.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Saving, fetching and listing snapshots over HTTP, on a real H2 file database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lstm-explorer.snapshots.seed-networks=false")
class SnapshotApiTest extends SnapshotTesting {
    @Autowired
    JdbcClient jdbc;

    private long rows(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE id = ?").param(id).query(Long.class).single();
    }

    @Test
    void savingTheSameNetworkTwiceGivesTheSameIdAndOneRow() {
        SavedSnapshot first = snapshots.save(TestNetworks.counting(3, 5), null);
        SavedSnapshot second = snapshots.save(TestNetworks.counting(3, 5), null);
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.id(), second.id());
        assertEquals("/s/" + first.id(), first.url());
        assertEquals(1, rows(first.id()));
        assertNotEquals(first.id(), snapshots.save(TestNetworks.counting(3, 6), null).id(), "other weights, other id");
    }

    @Test
    void theSnapshotJsonCarriesEverythingNeededToRebuildTheNetwork() {
        String id = snapshots.save(TestNetworks.counting(3, 7), null).id();
        Http.Answer response = api.get("/api/snapshots/" + id);
        assertEquals(200, response.status());
        assertTrue(response.contentType().startsWith("application/json"));
        assertEquals("", response.contentDisposition());
        JsonNode json = response.json();
        assertEquals(Snapshot.FORMAT_VERSION, json.get("formatVersion").asInt());
        assertEquals(id, json.get("id").asString());
        assertEquals("counting", json.get("task").asString());
        assertEquals("Counting · 1×3 LSTM", json.get("title").asString(), "default title");
        assertEquals("[\"a\",\"X\",\"b\",\"\\n\"]", json.get("vocabulary").toString());
        assertEquals(3, json.get("config").get("hiddenSize").asInt());
        assertEquals(0.01, json.get("config").get("learningRate").asDouble());
        assertEquals(0, json.get("metrics").get("step").asInt());
        assertTrue(json.get("probes").isNull(), "no sequences of its own: the page shows the task's");
        assertTrue(json.get("createdAt").asString().endsWith("Z"));
        assertEquals(5, json.get("weights").size());
        assertEquals("layer0.Wx", json.get("weights").get(0).get("name").asString());
    }

    @Test
    void downloadAsksTheBrowserToSaveAFile() {
        String id = snapshots.save(TestNetworks.counting(2, 1), null).id();
        Http.Answer response = api.get("/api/snapshots/" + id + "?download=true");
        assertEquals(200, response.status());
        assertEquals("attachment; filename=\"lstm-snapshot-" + id + ".json\"", response.contentDisposition());
        assertEquals(api.get("/api/snapshots/" + id).text(), response.text());
    }

    @Test
    void anUnknownIdIsA404ProblemNamingIt() {
        for (String id : new String[] {"AAAAAAAAAAAAAAAAAAAAAA", "not-an-id"}) {
            Http.Answer response = api.get("/api/snapshots/" + id);
            assertEquals(404, response.status());
            assertTrue(response.contentType().startsWith("application/problem+json"));
            assertTrue(response.detail().contains("there is no snapshot with id '" + id + "'"), response.detail());
        }
    }

    @Test
    void aCustomSnapshotKeepsItsVocabularyAndTitle() {
        String id = snapshots.save(TestNetworks.custom("hé lo\n", 2, 3, 3), null).id();
        JsonNode json = api.get("/api/snapshots/" + id).json();
        assertEquals("custom", json.get("task").asString());
        assertEquals("my data", json.get("title").asString());
        assertEquals("[\"h\",\"é\",\" \",\"l\",\"o\",\"\\n\"]", json.get("vocabulary").toString());
        assertEquals(2, json.get("config").get("layers").asInt());
        assertEquals("[\"hé lo\"]", json.get("probes").toString(), "the sequences it was shown on");
        assertTrue(json.get("config").get("learningRate").isNull(), "training unknown");
    }

    @Test
    void theListShowsSavedSnapshotsNewestFirstWithoutTheirWeights() {
        String older = snapshots.save(TestNetworks.counting(2, 21), null).id();
        String newer = snapshots.save(TestNetworks.custom("xy\n", 1, 2, 22), null).id();
        JsonNode list = api.get("/api/snapshots").json();
        int olderAt = -1;
        int newerAt = -1;
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).get("id").asString();
            olderAt = id.equals(older) ? i : olderAt;
            newerAt = id.equals(newer) ? i : newerAt;
        }
        assertTrue(newerAt >= 0 && olderAt > newerAt, list.toString());
        JsonNode entry = list.get(newerAt);
        assertEquals("/s/" + newer, entry.get("url").asString());
        assertEquals("custom", entry.get("task").asString());
        assertEquals("{\"cell\":\"LSTM\",\"layers\":1,\"hiddenSize\":2}", entry.get("config").toString());
        assertFalse(entry.get("seed").asBoolean());
        assertTrue(entry.get("seedOf").isNull());
        assertTrue(entry.has("metrics") && entry.has("createdAt") && !entry.has("weights"));
        assertEquals(1, api.get("/api/snapshots?limit=1").json().size());
        assertEquals(400, api.get("/api/snapshots?limit=0").status());
    }

    @Test
    void importingAnExportOfAnotherServerStoresItUnderTheSameId() {
        String id = snapshots.save(TestNetworks.custom("ab\n", 1, 2, 31), null).id();
        byte[] exported = api.get("/api/snapshots/" + id).body();
        jdbc.sql("DELETE FROM snapshot WHERE id = ?").param(id).update();

        Http.Answer imported = api.post("/api/snapshots", exported, "application/json");
        assertEquals(201, imported.status(), imported.text());
        assertEquals(id, imported.json().get("id").asString());
        assertTrue(imported.json().get("created").asBoolean());
        assertEquals("/s/" + id, imported.json().get("url").asString());
        assertEquals(new String(exported, StandardCharsets.UTF_8), api.get("/api/snapshots/" + id).text(),
                "same bytes after export and import");
    }
}
