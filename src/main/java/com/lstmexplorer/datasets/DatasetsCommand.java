package com.lstmexplorer.datasets;

import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Regenerates {@code datasets/<task>/sample.txt} (sequences drawn from the task's generator) and
 * {@code datasets/<task>/eval.txt} (its evaluation set), and the generated examples for custom runs
 * ({@link ExampleDatasets}): UTF-8, one sequence per line, each line ended by the newline that is also
 * the task's end marker — the format users upload. ({@code datasets/text/train.txt} is written by hand.)
 * Run as {@code java -jar target/lstm-explorer.jar datasets [dir]} (default dir: {@code datasets}).
 */
public final class DatasetsCommand {
    public static final int SAMPLE_SIZE = 100;
    /** Seed of java.util.Random, whose algorithm is specified, so the samples never change. */
    public static final long SAMPLE_SEED = 1;

    private DatasetsCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "datasets");
        for (Path written : write(dir)) {
            System.out.println("wrote " + written);
        }
    }

    /** Writes both files of every seed task and the generated examples under {@code dir}; returns the files written. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (SeedTask task : SeedTasks.all()) {
            Path taskDir = dir.resolve(task.id());
            Files.createDirectories(taskDir);
            written.add(writeLines(taskDir.resolve("sample.txt"), sample(task)));
            written.add(writeLines(taskDir.resolve("eval.txt"), task.evaluationSet()));
        }
        written.add(writeLines(Files.createDirectories(dir.resolve("brackets")).resolve("train.txt"),
                ExampleDatasets.brackets()));
        written.add(writeLines(Files.createDirectories(dir.resolve("sums")).resolve("train.txt"),
                ExampleDatasets.sums()));
        return written;
    }

    /** {@value #SAMPLE_SIZE} sequences from the task's generator, seeded with {@value #SAMPLE_SEED}. */
    static List<String> sample(SeedTask task) {
        Random random = new Random(SAMPLE_SEED);
        List<String> lines = new ArrayList<>(SAMPLE_SIZE);
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            lines.add(task.next(random));
        }
        return lines;
    }

    private static Path writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
