package com.lstmexplorer.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.sequences.CustomData;
import com.lstmexplorer.sequences.CustomRunLimits;
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
    /** Written by hand, not by a generator. */
    private static final Path HAND_WRITTEN = Path.of("text", "train.txt");

    @Test
    void committedFilesAreExactlyWhatTheGeneratorsWrite(@TempDir Path dir) throws Exception {
        DatasetsCommand.main(new String[] {dir.toString()});
        List<Path> regenerated = relativeTextFiles(dir);
        assertEquals(10, regenerated.size(), "two files for each of the four tasks, and the two generated examples");
        List<Path> expected = Stream.concat(regenerated.stream(), Stream.of(HAND_WRITTEN)).sorted().toList();
        assertEquals(expected, relativeTextFiles(COMMITTED), "the same files and the hand-written text, no more");
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
    void customExamplesReadAsUploadsWithinTheDefaultLimitsAndSplit() throws Exception {
        for (String example : List.of("brackets", "sums", "text")) {
            byte[] bytes = Files.readAllBytes(COMMITTED.resolve(example).resolve("train.txt"));
            List<String> lines = SequenceInput.fromFile(bytes, SequenceLimits.defaults());
            CustomTask task = CustomData.task(lines, 1, SequenceLimits.defaults(), CustomRunLimits.defaults());
            assertTrue(task.validation().size() >= 10, example + " holds back " + task.validation().size());
        }
        List<String> brackets = Files.readAllLines(COMMITTED.resolve("brackets/train.txt"));
        for (String line : brackets) {
            int depth = 0;
            for (int i = 0; i < line.length(); i++) {
                depth += line.charAt(i) == '(' ? 1 : -1;
                assertTrue(depth > 0 || i == line.length() - 1, "one balanced group a line: " + line);
                assertTrue(depth <= ExampleDatasets.MAX_DEPTH, line);
            }
            assertEquals(0, depth, line);
        }
        for (String line : Files.readAllLines(COMMITTED.resolve("sums/train.txt"))) {
            String[] parts = line.split("[+=]");
            assertEquals(Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), line);
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
