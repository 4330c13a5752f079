package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks a snapshot may name: the four seed tasks, whose vocabulary is fixed, and {@code custom},
 * whose vocabulary the snapshot itself lists. Also gives a snapshot its default title.
 */
final class SnapshotTasks {
    private final int maxVocabulary;

    SnapshotTasks(int maxVocabulary) {
        this.maxVocabulary = maxVocabulary;
    }

    /**
     * The vocabulary of a snapshot of {@code task}: the seed task's own (a given one must equal it), or the
     * given one for custom data, checked: one character per entry, no repeats, the end marker included.
     */
    List<String> vocabulary(String task, List<String> given) {
        if (Snapshot.CUSTOM_TASK.equals(task)) {
            return customVocabulary(given);
        }
        List<String> expected = seedTask(task).vocabulary().symbols();
        if (given != null && !given.equals(expected)) {
            throw new IllegalArgumentException("vocabulary " + shown(given) + " is not the vocabulary of task '"
                    + task + "', " + shown(expected) + "; leave it out or give it exactly, in this order");
        }
        return expected;
    }

    static String defaultTitle(String task, SnapshotConfig config) {
        String taskTitle = Snapshot.CUSTOM_TASK.equals(task) ? "Custom data" : seedTask(task).title();
        return taskTitle + " · " + config.layers() + "×" + config.hiddenSize() + " " + config.cell();
    }

    static SeedTask seedTask(String task) {
        if (!SeedTasks.ids().contains(task)) {
            throw new IllegalArgumentException("unknown task '" + task + "'; expected one of "
                    + String.join(", ", SeedTasks.ids()) + " or " + Snapshot.CUSTOM_TASK);
        }
        return SeedTasks.byId(task);
    }

    private List<String> customVocabulary(List<String> given) {
        if (given == null) {
            throw new IllegalArgumentException("field 'vocabulary' is missing: a snapshot of task 'custom' must "
                    + "list its characters, the end marker \"\\n\" included");
        }
        if (given.size() < 2 || given.size() > maxVocabulary) {
            throw new IllegalArgumentException("field 'vocabulary' must list between 2 and " + maxVocabulary
                    + " characters, got " + given.size());
        }
        for (int i = 0; i < given.size(); i++) {
            String symbol = given.get(i);
            if (symbol.length() != 1 || Character.isSurrogate(symbol.charAt(0))) {
                throw new IllegalArgumentException("field 'vocabulary[" + i + "]' is \"" + symbol
                        + "\": each entry must be exactly one character (outside the emoji planes)");
            }
        }
        try {
            Vocabulary.of(String.join("", given));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'vocabulary': " + e.getMessage());
        }
        return List.copyOf(given);
    }

    private static String shown(List<String> symbols) {
        List<String> out = new ArrayList<>();
        for (String s : symbols) {
            out.add(s.length() == 1 ? Vocabulary.display(s.charAt(0)) : s);
        }
        return out.toString();
    }
}
