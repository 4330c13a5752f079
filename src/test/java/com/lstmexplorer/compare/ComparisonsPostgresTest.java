package com.lstmexplorer.compare;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.testing.Http;
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
import tools.jackson.databind.JsonNode;

/**
 * Saved comparisons in the {@code postgres} profile on a real PostgreSQL ({@link TestPostgres}), in a schema of
 * their own, dropped at the end: saved twice by two visitors, stored once with two owners, and the same after a
 * restart.
 */
class ComparisonsPostgresTest {
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
    void aSavedComparisonLivesInPostgresAndSurvivesARestart() {
        context = start();
        Http a = Http.of(context);
        Http b = Http.of(context);
        String live = a.post("/api/comparisons", "{\"task\":\"counting\",\"cells\":[\"lstm\",\"gru\"],\"seed\":4,"
                + "\"maxSteps\":40,\"hiddenSize\":5}").ok().json().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> a.get("/api/comparisons/" + live).json().get("members")
                .valueStream().noneMatch(m -> m.get("status").asString().matches("queued|running")));
        String saved = a.post("/api/comparisons/" + live + "/snapshot", "").ok().json().get("id").asString();
        assertEquals(saved, b.post("/api/comparisons/" + live + "/snapshot", "").ok().json().get("id").asString());
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        assertEquals(1L, jdbc.sql("SELECT COUNT(*) FROM comparison").query(Long.class).single());
        assertEquals(2L, jdbc.sql("SELECT COUNT(*) FROM comparison_owner WHERE comparison_id = ?").param(saved)
                .query(Long.class).single());
        JsonNode before = a.get("/api/comparisons/" + saved).json();
        context.close();

        context = start();
        JsonNode after = Http.of(context).get("/api/comparisons/" + saved).json();
        assertEquals(before.get("members"), after.get("members"));
        assertEquals(before.get("config"), after.get("config"));
        assertEquals(before.get("createdAt"), after.get("createdAt"));
        assertEquals(true, after.get("saved").asBoolean());
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
                "--spring.flyway.create-schemas=true",
                "--lstm-explorer.snapshots.seed-networks=false");
    }
}
