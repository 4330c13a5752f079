package com.lstmexplorer.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits, {@code lstm-explorer.limits.*}: how many run starts, traces and snapshot imports one client may
 * ask for a minute. Each is a bucket of that many, refilled evenly over the minute, so a burst of up to the
 * whole minute's worth is allowed and then one more each {@code 60 / n} seconds.
 */
@ConfigurationProperties("lstm-explorer.limits")
public record RateLimitSettings(Integer runStartsPerMinute, Integer tracesPerMinute, Integer importsPerMinute) {
    public RateLimitSettings {
        runStartsPerMinute = positive("run-starts-per-minute", runStartsPerMinute, 60);
        tracesPerMinute = positive("traces-per-minute", tracesPerMinute, 1200);
        importsPerMinute = positive("imports-per-minute", importsPerMinute, 60);
    }

    private static int positive(String name, Integer value, int otherwise) {
        int v = value == null ? otherwise : value;
        if (v < 1) {
            throw new IllegalArgumentException("lstm-explorer.limits." + name + " must be at least 1, got " + v);
        }
        return v;
    }
}
