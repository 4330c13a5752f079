package com.lstmexplorer.snapshots.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.SnapshotJson;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import com.lstmexplorer.testing.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code postgres} profile on a real PostgreSQL ({@link TestPostgres}: a throw-away cluster of its own, or
 * the server {@code LSTM_EXPLORER_TEST_POSTGRES_URL} names): the same Flyway migrations create the schema, the
 * seed networks appear, a snapshot is saved once and is byte-identical after a restart. It works in a schema of
 * its own, dropped at the end, so a configured database's other contents are left alone.
 */
class PostgresProfileTest {
    private static TestPostgres postgres;

    private final String schema = "lstm_test_" + UUID.randomUUID().toString().replace("-", "");
    private ConfigurableApplicationContext context;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void snapshotsAndSeedsLiveInPostgresAndSurviveARestart() {
        context = start();
        await().atMost(Duration.ofMinutes(2)).until(() -> Http.of(context).get("/api/snapshots").json().size() == 4);
        SnapshotService snapshots = context.getBean(SnapshotService.class);
        SavedSnapshot first = snapshots.save(TestNetworks.custom("pg\n", 2, 3, 5), null);
        SavedSnapshot second = snapshots.save(TestNetworks.custom("pg\n", 2, 3, 5), null);
        assertEquals(first.id(), second.id());
        assertEquals(5, rows(), "four seeds and one snapshot, stored once");
        byte[] json = Http.of(context).get("/api/snapshots/" + first.id()).body();
        byte[] traces = Http.of(context).post("/api/snapshots/" + first.id() + "/traces", "{\"sequences\":[\"ppg\"]}").body();
        context.close();

        context = start();
        assertArrayEquals(json, Http.of(context).get("/api/snapshots/" + first.id()).body());
        assertArrayEquals(traces,
                Http.of(context).post("/api/snapshots/" + first.id() + "/traces", "{\"sequences\":[\"ppg\"]}").body());
        assertEquals(5, Http.of(context).get("/api/snapshots").json().size());
    }

    /** Owners, publishing and deletion (with the 410 of a tombstone) on PostgreSQL, with two clients. */
    @Test
    void ownersPublishAndDeleteOnPostgres() {
        context = start();
        SnapshotService snapshots = context.getBean(SnapshotService.class);
        String unknownOwner = snapshots.save(TestNetworks.custom("pq\n", 1, 2, 9), null).id();
        Http a = Http.of(context);
        Http b = Http.of(context);
        Http.Answer imported = a.post("/api/snapshots", b.get("/api/snapshots/" + unknownOwner).body(), "application/json");
        assertEquals(201, imported.status(), imported.text());
        b.post("/api/snapshots", a.get("/api/snapshots/" + unknownOwner).body(), "application/json").ok();
        SavedSnapshot again = snapshots.save(TestNetworks.custom("pq\n", 1, 2, 9), null);
        assertEquals(unknownOwner, again.id(), "the same weights, one snapshot with three holders");
        assertEquals(false, again.created());

        String own = a.post("/api/snapshots", SnapshotJson.write(TestNetworks.unsaved("pr\n", 5)), "application/json")
                .ok().json().get("id").asString();
        assertEquals(false, b.get("/api/snapshots").text().contains(own), "unpublished");
        a.send("PUT", "/api/snapshots/" + own + "/published", "{\"published\":true}").ok();
        assertEquals(true, b.get("/api/snapshots").text().contains(own), "published");
        assertEquals(403, b.delete("/api/snapshots/" + own).status());
        assertEquals(204, a.delete("/api/snapshots/" + own).status());
        assertEquals(410, b.get("/api/snapshots/" + own).status());
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertEquals(0L, jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE id = ?").param(own).query(Long.class).single());

        assertEquals(204, a.delete("/api/snapshots/" + unknownOwner).status());
        assertEquals(204, b.delete("/api/snapshots/" + unknownOwner).status());
        assertEquals(200, b.get("/api/snapshots/" + unknownOwner).status(), "the unknown owner's copy stays");
    }

    private long rows() {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single();
    }

    @AfterEach
    void dropSchema() {
        if (context != null && context.isActive()) {
            context.getBean(JdbcClient.class).sql("DROP SCHEMA " + schema + " CASCADE").update();
            context.close();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LstmExplorerApplication.class).run("--server.port=0",
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.datasource.hikari.schema=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--spring.flyway.create-schemas=true");
    }
}
