package com.lstmexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.AppProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./mvnw spring-boot:run}, starts a JVM that trains at full speed: C2 on
 * and the vector module added. Run for real (a nested Maven, as a newcomer types it, plus a free port and a
 * data directory of its own), it must log the vector kernels, and the JVM Maven forked must have neither
 * {@code -XX:TieredStopAtLevel} (the plugin's {@code optimizedLaunch}, which once made training 60× slower)
 * nor lack {@code --add-modules jdk.incubator.vector}. Takes about half a minute.
 */
class ReadmeLaunchTest {
    private static final Path README = Path.of("README.md");
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path dataDir;

    @Test
    void theReadmesRunCommandStartsTheAppWithC2AndTheVectorKernels() throws Exception {
        List<String> command = new ArrayList<>(readmeRunCommand());
        assertThat(command).as("the README's first command, which this test runs").containsExactly("./mvnw",
                "spring-boot:run");
        command.addAll(List.of("-B", "-q", "-Dspring-boot.run.arguments=--server.port=0 --lstm-explorer.data-dir="
                + dataDir + " --lstm-explorer.snapshots.seed-networks=false"));
        try (AppProcess app = AppProcess.start(Path.of("."), command, dataDir.resolve("app.log"))) {
            Optional<String> kernels = app.awaitLine(line -> line.contains("kernels: "), START);
            assertThat(kernels).as("the app's kernel line within %s; its last output:%n%s", START, app.tail(40))
                    .isPresent();
            Optional<List<String>> jvm = app.commandLineWith(LstmExplorerApplication.class.getName());
            if (Files.isDirectory(Path.of("/proc/self"))) {
                assertThat(jvm).as("the command line of the JVM spring-boot:run forked, from /proc").isPresent();
            }
            jvm.ifPresent(arguments -> assertThat(String.join(" ", arguments)).as("the JVM spring-boot:run forked")
                    .doesNotContain("TieredStopAtLevel").contains("--add-modules jdk.incubator.vector"));
            assertThat(kernels.get()).as("the kernel line of the app ./mvnw spring-boot:run started")
                    .contains("kernels: vector API").contains("C2 on");
        }
    }

    /** The container, the README's other way to start the app, runs the jar with the module and C2 (no C1 limit). */
    @Test
    void theDockerfileStartsTheJarWithTheVectorModule() throws IOException {
        String entrypoint = Files.readAllLines(Path.of("Dockerfile")).stream().filter(l -> l.startsWith("ENTRYPOINT"))
                .reduce((first, last) -> last).orElseThrow();
        assertThat(entrypoint).contains("\"--add-modules\", \"jdk.incubator.vector\"", "\"-jar\"")
                .doesNotContain("TieredStopAtLevel", "-Xint", "CompilationMode");
    }

    /** The first indented code line of the README, without its comment, split into words. */
    static List<String> readmeRunCommand() throws IOException {
        String line = Files.readAllLines(README).stream().filter(l -> l.startsWith("    ")).findFirst().orElseThrow();
        return Arrays.asList(line.replaceFirst("#.*", "").strip().split("\\s+"));
    }
}
