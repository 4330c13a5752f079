package com.lstmexplorer.sequences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on users' sequences, typed or uploaded, settable as {@code lstm-explorer.sequences.*}:
 * {@code max-bytes} of UTF-8 text in one request, {@code max-lines} non-blank lines, {@code max-line-length}
 * characters per line, and {@code max-vocabulary} characters (end marker included) a custom run may use.
 */
@ConfigurationProperties("lstm-explorer.sequences")
public record SequenceLimits(Long maxBytes, Integer maxLines, Integer maxLineLength, Integer maxVocabulary) {
    public static final String PREFIX = "lstm-explorer.sequences.";

    public SequenceLimits {
        maxBytes = maxBytes == null ? 1_000_000L : maxBytes;
        maxLines = maxLines == null ? 5_000 : maxLines;
        maxLineLength = maxLineLength == null ? 1_000 : maxLineLength;
        maxVocabulary = maxVocabulary == null ? 100 : maxVocabulary;
        if (maxBytes < 1 || maxLines < 1 || maxLineLength < 1) {
            throw new IllegalArgumentException(PREFIX + "max-bytes, max-lines and max-line-length must be at least 1,"
                    + " got " + maxBytes + ", " + maxLines + " and " + maxLineLength);
        }
        if (maxVocabulary < 2) {
            throw new IllegalArgumentException(PREFIX + "max-vocabulary must be at least 2 (one character and the"
                    + " end marker), got " + maxVocabulary);
        }
    }

    public static SequenceLimits defaults() {
        return new SequenceLimits(null, null, null, null);
    }
}
