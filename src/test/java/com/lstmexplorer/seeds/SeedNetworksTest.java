package com.lstmexplorer.seeds;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.testing.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * On a first start the four seed networks appear in the gallery, created in the background; a second start
 * on the same data directory finds them and creates nothing.
 */
class SeedNetworksTest {
    private static final Duration WAIT = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    @Test
    void theFourSeedNetworksAreCreatedOnceAndListedFirst() throws InterruptedException {
        List<String> seedIds;
        try (ConfigurableApplicationContext first = start()) {
            Http api = Http.of(first);
            long started = System.nanoTime();
            JsonNode list = waitForSeeds(api);
            System.out.printf("four seed networks listed %d ms after the application was ready%n",
                    (System.nanoTime() - started) / 1_000_000);
            seedIds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JsonNode entry = list.get(i);
                String task = entry.get("seedOf").asString();
                assertEquals(task, entry.get("task").asString());
                assertTrue(entry.get("seed").asBoolean());
                assertTrue(entry.get("metrics").get("solvedAtStep").isNumber(), "seed of " + task + " is solved: " + entry);
                assertEquals(1.0, entry.get("metrics").get("accuracy").asDouble(), entry.toString());
                JsonNode snapshot = api.get("/api/snapshots/" + entry.get("id").asString()).json();
                assertEquals(SeedTasks.byId(task).defaults().hiddenSize(), snapshot.get("config").get("hiddenSize").asInt());
                seedIds.add(entry.get("id").asString());
            }
        }
        try (ConfigurableApplicationContext second = start()) {
            SnapshotService snapshots = second.getBean(SnapshotService.class);
            assertTrue(second.getBean(SeedNetworks.class).awaitDone(WAIT), "the second start's check ended");
            assertEquals(4, second.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single(),
                    "four snapshots stored, whoever owns them");
            for (int i = 0; i < 4; i++) {
                assertEquals(seedIds.get(i), snapshots.seedOf(SeedTasks.ids().get(i)).orElseThrow());
            }
        }
    }

    private JsonNode waitForSeeds(Http api) {
        JsonNode list = await("the four seed networks listed").atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/snapshots").json(), listed -> listed.size() == 4);
        List<String> tasks = new ArrayList<>();
        list.forEach(entry -> tasks.add(entry.get("seedOf").asString()));
        assertEquals(SeedTasks.ids(), tasks, "seeds listed in task order");
        return list;
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LstmExplorerApplication.class)
                .run("--server.port=0", "--lstm-explorer.data-dir=" + dataDir);
    }

}
