package com.lstmexplorer.datasets;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.NetworkShape;
import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.CustomScore;
import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.model.train.TrainingConfig;
import com.lstmexplorer.model.train.TrainingListener;
import com.lstmexplorer.model.train.TrainingLoop;
import com.lstmexplorer.model.train.TrainingOutcome;
import com.lstmexplorer.sequences.CustomData;
import com.lstmexplorer.sequences.CustomRunLimits;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains a network on each datasets/ example for custom runs with the custom defaults (as a run from the
 * UI would), and prints its validation loss and next-character accuracy beside two baselines: uniform
 * chance (1 / vocabulary) and the best a context-free guess can do (always the most frequent next
 * character of the training split).
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.lstmexplorer.datasets.ExampleDatasetsCheck -Dexec.args="brackets sums text"
 * </pre>
 * Arguments: the examples (default all three), then optionally {@code steps=N} and {@code seed=N}.
 */
public final class ExampleDatasetsCheck {
    private ExampleDatasetsCheck() {
    }

    public static void main(String[] args) throws Exception {
        int steps = CustomTask.DEFAULTS.maxSteps();
        long seed = 1;
        List<String> examples = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("steps=")) {
                steps = Integer.parseInt(arg.substring(6));
            } else if (arg.startsWith("seed=")) {
                seed = Long.parseLong(arg.substring(5));
            } else {
                examples.add(arg);
            }
        }
        for (String example : examples.isEmpty() ? List.of("brackets", "sums", "text") : examples) {
            check(example, steps, seed);
        }
    }

    private static void check(String example, int steps, long seed) throws Exception {
        List<String> lines = SequenceInput.fromFile(Files.readAllBytes(Path.of("datasets", example, "train.txt")),
                SequenceLimits.defaults());
        CustomTask task = CustomData.task(lines, seed, SequenceLimits.defaults(), CustomRunLimits.defaults());
        var d = CustomTask.DEFAULTS;
        Network network = Network.create(task.vocabulary(),
                NetworkShape.lstm(d.layers(), d.hiddenSize()), seed);
        CustomScore before = task.score(network);
        TrainingConfig config = new TrainingConfig(d.learningRate(), d.batchSize(), steps, seed,
                TrainingConfig.DEFAULT_CLIP_NORM);
        TrainingOutcome outcome = new TrainingLoop(task, network, config).run(new TrainingListener() { }, () -> false);
        CustomScore after = task.score(network);
        double seconds = outcome.elapsedNanos() / 1e9;
        System.out.printf(Locale.ROOT, "%-9s vocabulary %2d, %4d training / %3d validation sequences, %d steps in %.0f s"
                        + " (%.1f steps/s)%n  validation: loss %.3f -> %.3f, next-char accuracy %.1f%% -> %.1f%%;"
                        + " chance %.1f%%, most frequent next char %.1f%%%n",
                example, task.vocabulary().size(), task.training().size(), task.validation().size(), outcome.steps(),
                seconds, outcome.steps() / seconds, before.loss(), after.loss(), 100 * before.accuracy(),
                100 * after.accuracy(), 100.0 / task.vocabulary().size(), 100 * majorityBaseline(task));
    }

    /** Accuracy on the validation split of always guessing the training split's most frequent next character. */
    private static double majorityBaseline(CustomTask task) {
        Map<Character, Integer> counts = new HashMap<>();
        for (String s : task.training()) {
            for (int t = 0; t < s.length(); t++) {
                counts.merge(t + 1 < s.length() ? s.charAt(t + 1) : Vocabulary.END, 1, Integer::sum);
            }
        }
        char guess = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long right = 0;
        long all = 0;
        for (String s : task.validation()) {
            for (int t = 0; t < s.length(); t++) {
                right += (t + 1 < s.length() ? s.charAt(t + 1) : Vocabulary.END) == guess ? 1 : 0;
                all++;
            }
        }
        return (double) right / all;
    }
}
