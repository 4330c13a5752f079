package com.lstmexplorer.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {
    /** The committed files (tests run from the project folder). */
    private static final Path COMMITTED = Path.of("datasets");

    @Test
    void committedFilesAreExactlyWhatTheGeneratorsWrite(@TempDir Path dir) throws Exception {
        DatasetsCommand.main(new String[] {dir.toString()});
        List<Path> regenerated = relativeTextFiles(dir);
        assertEquals(8, regenerated.size(), "two files for each of the four tasks");
        assertEquals(regenerated, relativeTextFiles(COMMITTED), "the same files, no more, no fewer");
        for (Path file : regenerated) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(COMMITTED.resolve(file)),
                    file + " differs from the generator; regenerate with: java -jar target/lstm-explorer.jar datasets");
        }
    }

    @Test
    void evalFilesHoldTheEvaluationSetsAndSamplesReadAsUploads() throws Exception {
        for (SeedTask task : SeedTasks.all()) {
            Path taskDir = COMMITTED.resolve(task.id());
            assertEquals(task.evaluationSet(), Files.readAllLines(taskDir.resolve("eval.txt")));
            List<String> sample = SequenceInput.fromFile(
                    Files.readAllBytes(taskDir.resolve("sample.txt")), SequenceLimits.defaults());
            assertEquals(DatasetsCommand.SAMPLE_SIZE, sample.size());
            SequenceInput.checkVocabulary(sample, task.vocabulary());
            assertTrue(sample.stream().allMatch(s -> s.indexOf(task.delimiter()) > 0), task.id());
        }
    }

    @Test
    void readmeGivesTheCommand() throws Exception {
        String readme = Files.readString(COMMITTED.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("java -jar target/lstm-explorer.jar datasets"));
    }

    private static List<Path> relativeTextFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt")).map(root::relativize).sorted().toList();
        }
    }
}
