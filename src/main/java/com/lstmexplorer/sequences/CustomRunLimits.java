package com.lstmexplorer.sequences;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on runs trained on users' own data, settable as {@code lstm-explorer.custom-runs.*}: the
 * largest network ({@code max-layers}, {@code max-hidden-size}; the tighter of these and the runs'
 * own {@code lstm-explorer.runs.*} limits applies) and the fewest sequences ({@code min-sequences}) a
 * training set may hold, since a tenth of it is held back for validation.
 */
@ConfigurationProperties("lstm-explorer.custom-runs")
public record CustomRunLimits(Integer maxLayers, Integer maxHiddenSize, Integer minSequences) {
    public static final String PREFIX = "lstm-explorer.custom-runs.";

    public CustomRunLimits {
        maxLayers = maxLayers == null ? 2 : maxLayers;
        maxHiddenSize = maxHiddenSize == null ? 128 : maxHiddenSize;
        minSequences = minSequences == null ? 10 : minSequences;
        if (maxLayers < 1 || maxHiddenSize < 1 || minSequences < 2) {
            throw new IllegalArgumentException(PREFIX + "max-layers and max-hidden-size must be at least 1 and"
                    + " min-sequences at least 2, got " + maxLayers + ", " + maxHiddenSize + " and " + minSequences);
        }
    }

    public static CustomRunLimits defaults() {
        return new CustomRunLimits(null, null, null);
    }
}
