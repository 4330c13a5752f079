package com.lstmexplorer.analysis;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.lstmexplorer.model.analysis.NetworkAnalysis;

/**
 * {@code GET .../analysis}: which network (a snapshot's id, or a run's id and the training step of the
 * network analysed), its task, and the analysis' fields at the top level.
 */
record AnalysisResponse(String id, String task, Integer step, @JsonUnwrapped NetworkAnalysis analysis) {
}
