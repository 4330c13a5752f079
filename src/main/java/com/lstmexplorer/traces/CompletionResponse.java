package com.lstmexplorer.traces;

/**
 * Answer of {@code POST .../complete}: what the network wrote after the prefix ({@code continuation},
 * without the end marker), whether it ended the line ({@code ended}: it produced the end marker),
 * where the typed part ends ({@code typedLength}), how it was decoded, and the {@code trace} of
 * prefix + continuation, the same trace JSON as {@code POST .../traces}.
 */
public record CompletionResponse(String prefix, String continuation, boolean ended, int typedLength, String mode,
                                 Double temperature, Long seed, TraceJson trace) {
}
