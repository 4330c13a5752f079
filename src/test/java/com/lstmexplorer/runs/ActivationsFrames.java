package com.lstmexplorer.runs;

import com.lstmexplorer.model.Trace;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.traces.QuantityDescription;
import com.lstmexplorer.traces.TraceJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An activations frame of some traces in both its forms, for tests outside this package (the browser's
 * render benchmark): the binary body the stream sends and the JSON form of the same frame.
 */
public final class ActivationsFrames {
    private ActivationsFrames() {
    }

    /** The compact body, as {@link RunStream} sends it. */
    public static byte[] compact(int step, List<Trace> traces, int decimals) {
        return CompactActivations.encode(step, traces, decimals);
    }

    /**
     * The JSON activations frame (docs/wire-format.md: the stream sent it before the compact form), numbers
     * rounded to {@code decimals}, with the quantities of the traces' cell.
     */
    public static byte[] json(int step, List<Trace> traces, int decimals) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "activations");
        frame.put("step", step);
        frame.put("quantities", traces.isEmpty() || traces.get(0).steps().isEmpty() ? List.of()
                : QuantityDescription.of(traces.get(0).steps().get(0).layers().get(0).spec()));
        frame.put("traces", traces.stream().map(t -> TraceJson.of(t, decimals)).toList());
        return Http.JSON.writeValueAsBytes(frame);
    }
}
