package com.lstmexplorer.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the analysis API, {@code lstm-explorer.analysis.*}: the most neurons one ablation may hold
 * ({@code max-ablated-neurons}), how many of the network's probe sequences an ablation traces when the
 * request names none ({@code default-trace-sequences}), how many characters of a custom task's held-back
 * sequences a run's analysis judges on ({@code judged-characters}: the ablation table judges every neuron on
 * them), and how many snapshot analyses are kept in memory ({@code cache-size}; snapshots never change).
 */
@ConfigurationProperties("lstm-explorer.analysis")
public record AnalysisSettings(Integer maxAblatedNeurons, Integer defaultTraceSequences, Integer judgedCharacters,
                               Integer cacheSize) {
    public AnalysisSettings {
        maxAblatedNeurons = positive("max-ablated-neurons", maxAblatedNeurons == null ? 64 : maxAblatedNeurons);
        defaultTraceSequences = positive("default-trace-sequences",
                defaultTraceSequences == null ? 50 : defaultTraceSequences);
        judgedCharacters = positive("judged-characters", judgedCharacters == null ? 2000 : judgedCharacters);
        cacheSize = positive("cache-size", cacheSize == null ? 16 : cacheSize);
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(null, null, null, null);
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("lstm-explorer.analysis." + name + " must be at least 1, got " + value);
        }
        return value;
    }
}
