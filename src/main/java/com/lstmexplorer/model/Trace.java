package com.lstmexplorer.model;

import java.util.List;

/** A network's activations on one sequence, one step per character, from a zero state. */
public record Trace(String sequence, List<TraceStep> steps) {
}
