package com.lstmexplorer.runs;

import com.lstmexplorer.model.Trace;
import com.lstmexplorer.testing.Http;
import com.lstmexplorer.traces.TraceJson;
import java.util.List;
import java.util.Map;

/**
 * An activations frame of some traces in both its forms, for tests outside this package (the browser's
 * render benchmark): the binary format-1 body the stream sends today and the JSON body it sent before.
 */
public final class ActivationsFrames {
    private ActivationsFrames() {
    }

    /** The format-1 body, as {@link RunStream} sends it. */
    public static byte[] compact(int step, List<Trace> traces, int decimals) {
        return CompactActivations.encode(step, traces, decimals);
    }

    /** The JSON activations frame the stream sent before format 1, numbers rounded to {@code decimals}. */
    public static byte[] json(int step, List<Trace> traces, int decimals) {
        List<TraceJson> json = traces.stream().map(t -> TraceJson.of(t, decimals)).toList();
        return Http.JSON.writeValueAsBytes(Map.of("type", "activations", "step", step, "traces", json));
    }
}
