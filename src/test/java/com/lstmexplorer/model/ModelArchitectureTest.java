package com.lstmexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays a plain library: no Spring, web or JSON code, no app package, under model/. */
class ModelArchitectureTest {
    private static final Path MODEL = Path.of("src/main/java/com/lstmexplorer/model");
    private static final List<String> FORBIDDEN = List.of("org.springframework", "jakarta.", "tools.jackson",
            "com.fasterxml");

    @Test
    void modelSourcesImportNeitherSpringNorWebNorOtherAppPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MODEL)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                for (String line : Files.readAllLines(source)) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("import ")) {
                        String imported = trimmed.substring(7).replace("static ", "").trim();
                        boolean forbidden = FORBIDDEN.stream().anyMatch(imported::startsWith)
                                || imported.startsWith("com.lstmexplorer.") && !imported.startsWith("com.lstmexplorer.model.");
                        if (forbidden) {
                            violations.add(MODEL.relativize(source) + ": " + trimmed);
                        }
                    }
                }
            }
        }
        assertTrue(files > 20, "expected the model sources under " + MODEL.toAbsolutePath() + ", found " + files);
        assertEquals(List.of(), violations);
    }
}
