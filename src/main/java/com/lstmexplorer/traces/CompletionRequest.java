package com.lstmexplorer.traces;

/**
 * Body of {@code POST .../complete}: the typed {@code prefix}, {@code mode} {@code greedy} (the default)
 * or {@code sample}; for {@code sample} a {@code temperature} (default 1) and a {@code seed} (random if
 * left out, and answered so the draw can be repeated); {@code maxChars} caps the continuation.
 */
public record CompletionRequest(String prefix, String mode, Double temperature, Integer maxChars, Long seed) {
}
