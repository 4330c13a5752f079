package com.lstmexplorer.runs;

import com.lstmexplorer.traces.TraceJson;
import java.util.List;

/** An activations frame of {@code /topic/runs/{id}}: the network at {@code step} on the run's probe sequences. */
public record ActivationsFrame(String type, int step, List<TraceJson> traces) {

    static ActivationsFrame of(int step, List<TraceJson> traces) {
        return new ActivationsFrame("activations", step, traces);
    }
}
