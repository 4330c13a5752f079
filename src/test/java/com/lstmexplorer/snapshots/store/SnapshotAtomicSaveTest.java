package com.lstmexplorer.snapshots.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.lstmexplorer.LstmExplorerApplication;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.sequences.SequenceLimits;
import com.lstmexplorer.snapshots.SnapshotService;
import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.format.SnapshotConfig;
import com.lstmexplorer.snapshots.format.SnapshotFormat;
import com.lstmexplorer.snapshots.format.SnapshotJson;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.testing.TestNetworks;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A save is atomic. The server process is killed (SIGKILL, no shutdown) while several clients import large
 * snapshots; on the next start every stored row is a whole snapshot (its JSON reads, its id is the id of its
 * content, its network rebuilds) and every save that was answered 201 is there. And a save of several rows
 * rolls back whole.
 */
class SnapshotAtomicSaveTest {
    @TempDir
    Path dataDir;

    @Test
    void aServerKilledDuringSavesLeavesOnlyWholeSnapshots() throws Exception {
        int port = freePort();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LstmExplorerApplication.class.getName(),
                "--server.port=" + port, "--lstm-explorer.data-dir=" + dataDir,
                "--lstm-explorer.snapshots.seed-networks=false")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server.log").toFile()).start();
        Http api = new Http(port);
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicLong seeds = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> api.get("/api/snapshots").status() == 200);
            for (int c = 0; c < 3; c++) {
                clients.submit(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        Http.Answer saved = api.post("/api/snapshots", body(seeds.incrementAndGet()), "application/json");
                        if (saved.status() == 201) {
                            answered.add(saved.json().get("id").asString());
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> answered.size() >= 12);
        } finally {
            server.destroyForcibly(); // SIGKILL: in-flight saves are cut off wherever they are
            server.waitFor(30, TimeUnit.SECONDS);
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(seeds.get()).as("saves were still being sent when the server died").isGreaterThan(answered.size());

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(LstmExplorerApplication.class)
                .run("--server.port=0", "--lstm-explorer.data-dir=" + dataDir, "--lstm-explorer.snapshots.seed-networks=false")) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            SnapshotService snapshots = restarted.getBean(SnapshotService.class);
            SnapshotFormat format = new SnapshotFormat(SequenceLimits.defaults());
            List<String> stored = jdbc.sql("SELECT id FROM snapshot").query(String.class).list();
            assertThat(stored).containsAll(answered);
            for (String id : stored) {
                Snapshot snapshot = snapshots.find(id).orElseThrow();
                assertThat(format.read(SnapshotJson.write(snapshot), Instant.now()).id())
                        .as("row %s holds the snapshot its id was derived from", id).isEqualTo(id);
                assertThat(snapshot.network().shape()).as("its network rebuilds").isEqualTo(snapshot.config().toShape());
                assertThat(jdbc.sql("SELECT hidden_size FROM snapshot WHERE id = ?").param(id).query(Integer.class).single())
                        .isEqualTo(snapshot.config().hiddenSize());
            }
        }
    }

    /** A save of several rows (a seed network: its snapshot and its seed mark) is one transaction. */
    @Test
    void aSeedSaveWhoseSecondRowFailsLeavesNoSnapshot() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LstmExplorerApplication.class)
                .run("--server.port=0", "--lstm-explorer.data-dir=" + dataDir, "--lstm-explorer.snapshots.seed-networks=false")) {
            SnapshotService snapshots = context.getBean(SnapshotService.class);
            String first = snapshots.saveSeed(TestNetworks.counting(3, 1)).id();
            // counting has its seed network already: the snapshot row goes in, then the seed mark breaks the key
            assertThatThrownBy(() -> snapshots.saveSeed(TestNetworks.counting(3, 2)))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM snapshot").query(Long.class).single())
                    .as("the second network's row was rolled back").isEqualTo(1);
            assertThat(snapshots.seedOf("counting")).contains(first);
        }
    }

    /** A 2-layer, 48-neuron network's snapshot (~0.4 MB of JSON, so that a save takes a while to write). */
    private static byte[] body(long seed) {
        Network network = Network.create(Vocabulary.of("ab\n"), NetworkShape.lstm(2, 48), seed);
        SnapshotConfig config = new SnapshotConfig("LSTM", 2, 48, null, null, null, null);
        return SnapshotJson.write(new Snapshot(Snapshot.FORMAT_VERSION, "-", Snapshot.CUSTOM_TASK, "crash " + seed,
                network.vocabulary().symbols(), config, SnapshotMetrics.UNKNOWN, null, Instant.now(),
                network.parameters()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
