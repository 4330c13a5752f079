package com.lstmexplorer.traces;

import java.util.List;

/** Answer of {@code POST .../traces}: one trace per sequence, in the order given. */
public record TracesResponse(List<TraceJson> traces) {
}
