package com.lstmexplorer.traces;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on traces asked for over HTTP, settable as {@code lstm-explorer.traces.*}: the numbers in one
 * answer (characters × layers × neurons × the quantities its cell records), so a large upload cannot build a huge response.
 */
@ConfigurationProperties("lstm-explorer.traces")
public record TraceLimits(Long maxValues) {
    public TraceLimits {
        maxValues = maxValues == null ? 2_000_000L : maxValues;
    }

    public static TraceLimits defaults() {
        return new TraceLimits(null);
    }
}
