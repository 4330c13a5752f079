package com.lstmexplorer.analysis;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.model.analysis.Subject;
import java.util.List;

/**
 * A network to analyse and what it is analysed against: a snapshot ({@code step} null) or a run's network
 * as last published ({@code step} its training step); {@code probes} are the sequences an ablation traces
 * when the request names none.
 */
record AnalysisTarget(String id, String task, Integer step, Network network, Subject subject, List<String> probes) {
}
