package com.lstmexplorer.traces;

import java.util.List;

/**
 * Answer of {@code POST .../complete}: what the network wrote after the prefix ({@code continuation},
 * without the end marker), whether it ended the line ({@code ended}: it produced the end marker),
 * where the typed part ends ({@code typedLength}), how it was decoded, and the {@code trace} of
 * prefix + continuation, the same trace JSON as {@code POST .../traces}, with what its layers' keys mean.
 */
public record CompletionResponse(String prefix, String continuation, boolean ended, int typedLength, String mode,
                                 Double temperature, Long seed, List<QuantityDescription> quantities, TraceJson trace) {
}
