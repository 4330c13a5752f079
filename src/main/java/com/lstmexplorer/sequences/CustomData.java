package com.lstmexplorer.sequences;

import com.lstmexplorer.model.Vocabulary;
import com.lstmexplorer.model.task.CustomTask;
import java.util.List;

/** Builds the task of a custom run from checked sequences, refusing data a run cannot be made of. */
public final class CustomData {
    private CustomData() {
    }

    /**
     * The custom task of {@code sequences} (already checked by {@link SequenceInput}), split by {@code seed}.
     *
     * @throws IllegalArgumentException if the data has too many distinct characters, or too few sequences to split
     */
    public static CustomTask task(List<String> sequences, long seed, SequenceLimits limits, CustomRunLimits runLimits) {
        Vocabulary vocabulary = CustomTask.vocabularyOf(sequences);
        if (vocabulary.size() > limits.maxVocabulary()) {
            throw new IllegalArgumentException("the data uses " + (vocabulary.size() - 1) + " distinct characters,"
                    + " a vocabulary of " + vocabulary.size() + " with the end marker; the limit is "
                    + limits.maxVocabulary() + " (setting " + SequenceLimits.PREFIX + "max-vocabulary)");
        }
        int count = CustomTask.sequenceCount(sequences);
        if (count < runLimits.minSequences()) {
            throw new IllegalArgumentException("the custom training set is too small to split into training and"
                    + " validation: it has " + count + " sequences (non-blank lines, those over " + CustomTask.WINDOW
                    + " characters counted once per piece); a custom run needs at least " + runLimits.minSequences()
                    + " (setting " + CustomRunLimits.PREFIX + "min-sequences)");
        }
        return CustomTask.of(sequences, seed);
    }
}
