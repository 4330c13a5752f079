package com.lstmexplorer.sequences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on users' sequences, settable as {@code lstm-explorer.sequences.*}. */
@ConfigurationProperties("lstm-explorer.sequences")
public record SequenceLimits(Long maxBytes, Integer maxLines, Integer maxLineLength, Integer maxVocabulary) {
    public SequenceLimits {
        maxBytes = maxBytes == null ? 1_000_000L : maxBytes;
        maxLines = maxLines == null ? 5_000 : maxLines;
        maxLineLength = maxLineLength == null ? 500 : maxLineLength;
        maxVocabulary = maxVocabulary == null ? 100 : maxVocabulary;
    }

    public static SequenceLimits defaults() {
        return new SequenceLimits(null, null, null, null);
    }
}
