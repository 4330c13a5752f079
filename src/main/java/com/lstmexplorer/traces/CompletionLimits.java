package com.lstmexplorer.traces;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of {@code POST .../complete}, settable as {@code lstm-explorer.completions.*}: the most characters
 * a network may write after a prefix ({@code max-chars}, also the default when a request gives none).
 */
@ConfigurationProperties("lstm-explorer.completions")
public record CompletionLimits(Integer maxChars) {
    public CompletionLimits {
        maxChars = maxChars == null ? 200 : maxChars;
        if (maxChars < 1) {
            throw new IllegalArgumentException("lstm-explorer.completions.max-chars must be at least 1, got " + maxChars);
        }
    }

    public static CompletionLimits defaults() {
        return new CompletionLimits(null);
    }
}
