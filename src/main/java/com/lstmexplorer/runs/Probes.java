package com.lstmexplorer.runs;

import com.lstmexplorer.model.task.Task;
import com.lstmexplorer.traces.TraceJson;
import java.util.ArrayList;
import java.util.List;

/** Chooses a run's probe sequences: the first of its task's evaluation set, as many as a frame may hold. */
final class Probes {
    private Probes() {
    }

    /**
     * The first {@code probe-sequences} evaluation sequences, fewer if their activations would pass
     * {@code max-frame-values} numbers (always at least one, so a large network still shows something).
     */
    static List<String> of(Task task, RunConfig config, RunSettings settings) {
        List<String> probes = new ArrayList<>();
        int characters = 0;
        for (String sequence : task.evaluationSet()) {
            characters += sequence.length();
            boolean full = probes.size() >= settings.probeSequences() || (!probes.isEmpty()
                    && TraceJson.valueCount(characters, config.shape()) > settings.maxFrameValues());
            if (full) {
                break;
            }
            probes.add(sequence);
        }
        return probes;
    }
}
