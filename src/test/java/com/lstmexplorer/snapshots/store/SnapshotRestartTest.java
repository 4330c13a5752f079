package com.lstmexplorer.snapshots.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Snapshots survive a restart: save, stop the application, start a new one on the same data directory,
 * and the snapshot's JSON is byte-identical and its traces identical.
 */
class SnapshotRestartTest {
    private static final String TRACES = "{\"sequences\": [\"aaaXbbb\", \"aX\"]}";
    private static final String CUSTOM_TRACES = "{\"sequences\": [\"hello\", \"ol\"]}";

    /** Command-line arguments: they outrank application.properties (builder properties would not). */
    private static final String[] COMMON = {"--server.port=0", "--lstm-explorer.snapshots.seed-networks=false"};

    @TempDir
    Path dataDir;

    @Test
    void aSnapshotIsByteIdenticalAndTracesTheSameAfterARestart() {
        String seeded;
        String custom;
        byte[] json;
        byte[] customJson;
        byte[] traces;
        byte[] customTraces;
        try (ConfigurableApplicationContext first = startWithEnvironmentVariable()) {
            SnapshotService snapshots = first.getBean(SnapshotService.class);
            seeded = snapshots.save(TestNetworks.counting(5, 77), null).id();
            custom = snapshots.save(TestNetworks.custom("helo\n", 2, 4, 78), null).id();
            Http api = Http.of(first);
            json = api.get("/api/snapshots/" + seeded).body();
            customJson = api.get("/api/snapshots/" + custom).body();
            traces = api.post("/api/snapshots/" + seeded + "/traces", TRACES).body();
            customTraces = api.post("/api/snapshots/" + custom + "/traces", CUSTOM_TRACES).body();
        }
        assertTrue(Files.exists(dataDir.resolve("lstm-explorer.mv.db")), "the database file is in the data directory");

        try (ConfigurableApplicationContext second = startWithProperty()) {
            Http api = Http.of(second);
            assertArrayEquals(json, api.get("/api/snapshots/" + seeded).body());
            assertArrayEquals(customJson, api.get("/api/snapshots/" + custom).body());
            assertArrayEquals(traces, api.post("/api/snapshots/" + seeded + "/traces", TRACES).body());
            assertArrayEquals(customTraces, api.post("/api/snapshots/" + custom + "/traces", CUSTOM_TRACES).body());
            assertEquals(2, api.get("/api/snapshots").json().size());
            assertEquals(2, second.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single());
        }
    }

    /** The first start finds the directory in LSTM_EXPLORER_DATA_DIR, as a deployment would set it. */
    private ConfigurableApplicationContext startWithEnvironmentVariable() {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("LSTM_EXPLORER_DATA_DIR", dataDir.toString())));
        return new SpringApplicationBuilder(LstmExplorerApplication.class).environment(environment).run(COMMON);
    }

    private ConfigurableApplicationContext startWithProperty() {
        String[] args = Arrays.copyOf(COMMON, COMMON.length + 1);
        args[COMMON.length] = "--lstm-explorer.data-dir=" + dataDir;
        return new SpringApplicationBuilder(LstmExplorerApplication.class).run(args);
    }

}
