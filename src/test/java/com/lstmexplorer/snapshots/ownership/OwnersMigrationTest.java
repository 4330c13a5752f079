package com.lstmexplorer.snapshots.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.format.SnapshotJson;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * A database from before owners existed (migrated only to V1, with a snapshot in it) is migrated at the next
 * start: the old snapshot's link keeps working byte for byte, it stays listed to everyone, nobody can delete it;
 * {@code lstm-explorer.snapshots.list-unowned=false} takes it out of the listings, not off its link.
 */
class OwnersMigrationTest {
    @TempDir
    Path dataDir;

    @Test
    void aSnapshotSavedBeforeOwnersKeepsItsLinkAndStaysListed() {
        String url = "jdbc:h2:file:" + dataDir + "/lstm-explorer";
        Flyway.configure().dataSource(url, "sa", "").target("1").load().migrate();
        Snapshot old = TestNetworks.unsaved("ab\n", 5);
        byte[] body = SnapshotJson.write(old);
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "sa", ""));
        jdbc.sql("INSERT INTO snapshot (id, format_version, task, title, cell, layers, hidden_size, created_at, body) "
                        + "VALUES (?, 1, 'custom', 'saved elsewhere', 'LSTM', 1, 2, ?, ?)")
                .params(old.id(), OffsetDateTime.ofInstant(old.createdAt(), ZoneOffset.UTC),
                        new String(body, StandardCharsets.UTF_8))
                .update();

        try (ConfigurableApplicationContext app = start(true)) {
            Http visitor = Http.of(app);
            assertThat(visitor.get("/api/snapshots/" + old.id()).body()).isEqualTo(body);
            JsonNode list = visitor.get("/api/snapshots").json();
            assertThat(list.findValuesAsString("id")).containsExactly(old.id());
            assertThat(list.get(0).get("mine").asBoolean()).isFalse();
            Http.Answer refused = visitor.delete("/api/snapshots/" + old.id());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.detail()).contains("saved before owners existed");
        }
        try (ConfigurableApplicationContext app = start(false)) {
            Http visitor = Http.of(app);
            assertThat(visitor.get("/api/snapshots").json().size()).as("no longer listed").isZero();
            assertThat(visitor.get("/api/snapshots/" + old.id()).body()).as("the link still works").isEqualTo(body);
        }
    }

    private ConfigurableApplicationContext start(boolean listUnowned) {
        return new SpringApplicationBuilder(LstmExplorerApplication.class).run("--server.port=0",
                "--lstm-explorer.snapshots.seed-networks=false", "--lstm-explorer.data-dir=" + dataDir,
                "--lstm-explorer.snapshots.list-unowned=" + listUnowned);
    }
}
