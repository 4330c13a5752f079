package com.lstmexplorer.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: the one {@code LSTM_EXPLORER_TEST_POSTGRES_URL} names (user from
 * {@code LSTM_EXPLORER_TEST_POSTGRES_USER}), or else a throw-away cluster of its own in a temporary
 * directory, on a free loopback port with trust authentication, removed on {@link #close()}. It never
 * touches a server the machine already runs. The binaries come from {@code LSTM_EXPLORER_PG_BIN}, Debian's
 * {@code /usr/lib/postgresql/N/bin}, or the PATH; {@code src/test/tools/test-tools.sh} installs them.
 * PostgreSQL refuses to run as root, so under root the cluster runs as the {@code postgres} user.
 */
public final class TestPostgres implements AutoCloseable {
    private static final String ROLE = "lstm_explorer";

    private final String url;
    private final String user;
    private final Path cluster;
    private final Path bin;

    private TestPostgres(String url, String user, Path cluster, Path bin) {
        this.url = url;
        this.user = user;
        this.cluster = cluster;
        this.bin = bin;
    }

    /** The configured server, or a new cluster started now. */
    public static TestPostgres start() {
        String configured = System.getenv("LSTM_EXPLORER_TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            String user = Optional.ofNullable(System.getenv("LSTM_EXPLORER_TEST_POSTGRES_USER")).orElse(ROLE);
            return new TestPostgres(configured, user, null, null);
        }
        try {
            return startCluster();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    private static TestPostgres startCluster() throws IOException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("lstm-explorer-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        int port = freePort();
        Path data = dir.resolve("data");
        run(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C");
        run(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "start");
        TestPostgres server = new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/" + ROLE, ROLE, dir, bin);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                "postgres", ""); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + ROLE + " LOGIN");
            sql.execute("CREATE DATABASE " + ROLE + " OWNER " + ROLE);
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("the test PostgreSQL on port " + port + " did not take its database", e);
        }
        return server;
    }

    private static Path binaries() {
        String configured = System.getenv("LSTM_EXPLORER_PG_BIN");
        Stream<Path> candidates = configured != null ? Stream.of(Path.of(configured))
                : Stream.concat(debianVersions(), pathEntries());
        return candidates.filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl): "
                        + "install Debian's postgresql (src/test/tools/test-tools.sh does it as root) or set LSTM_EXPLORER_PG_BIN"));
    }

    /** /usr/lib/postgresql/N/bin, newest first. */
    private static Stream<Path> debianVersions() {
        File[] versions = new File("/usr/lib/postgresql").listFiles(File::isDirectory);
        return versions == null ? Stream.empty() : Arrays.stream(versions)
                .sorted(Comparator.comparing((File v) -> v.getName().length()).thenComparing(File::getName).reversed())
                .map(v -> v.toPath().resolve("bin"));
    }

    private static Stream<Path> pathEntries() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(Path::of);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs a PostgreSQL tool to its end, as the postgres user when we are root; fails with its output. */
    private static void run(boolean root, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + line.get(0), e);
        }
    }

    /** Stops a cluster this class started and deletes it; a configured server is left as it is. */
    @Override
    public void close() {
        if (cluster == null) {
            return;
        }
        try {
            run("root".equals(System.getProperty("user.name")), bin.resolve("pg_ctl").toString(), "-D",
                    cluster.resolve("data").toString(), "-m", "fast", "stop");
            try (Stream<Path> files = Files.walk(cluster)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
