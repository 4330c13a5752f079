package com.lstmexplorer.snapshots.format;

import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.SeedTask;
import com.lstmexplorer.model.task.SeedTasks;
import com.lstmexplorer.sequences.SequenceInput;
import com.lstmexplorer.sequences.SequenceLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks a snapshot may name: the four seed tasks, whose vocabulary is fixed, and {@code custom},
 * whose vocabulary the snapshot itself lists. Also checks the sequences a snapshot carries, and gives a
 * snapshot its default title.
 */
final class SnapshotTasks {
    /** The most sequences a snapshot carries to be shown on (a run streams at most 50). */
    static final int MAX_PROBES = 100;

    private final int maxVocabulary;
    private final int maxSequenceLength;

    SnapshotTasks(SequenceLimits limits) {
        this.maxVocabulary = limits.maxVocabulary();
        this.maxSequenceLength = limits.maxLineLength();
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

    /**
     * The sequences a snapshot is shown on, checked: at most {@link #MAX_PROBES}, each no longer than a
     * user's sequence may be and made of the network's characters. Null stays null.
     */
    List<String> probes(List<String> probes, Vocabulary vocabulary) {
        if (probes == null) {
            return null;
        }
        if (probes.size() > MAX_PROBES) {
            throw new IllegalArgumentException("field 'probes' lists " + probes.size() + " sequences; the limit is "
                    + MAX_PROBES);
        }
        for (int i = 0; i < probes.size(); i++) {
            if (probes.get(i).isEmpty() || probes.get(i).length() > maxSequenceLength) {
                throw new IllegalArgumentException("field 'probes[" + i + "]' has " + probes.get(i).length()
                        + " characters; a sequence has between 1 and " + maxSequenceLength);
            }
        }
        try {
            SequenceInput.checkVocabulary(probes, vocabulary);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'probes': " + e.getMessage().replace("line ", "sequence "));
        }
        return List.copyOf(probes);
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
