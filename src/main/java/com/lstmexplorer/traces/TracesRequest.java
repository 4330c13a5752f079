package com.lstmexplorer.traces;

import java.util.List;

/** Body of {@code POST .../traces}: the sequences to trace, one per entry. */
public record TracesRequest(List<String> sequences) {
}
