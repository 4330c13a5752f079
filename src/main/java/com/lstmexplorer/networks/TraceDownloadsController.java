package com.lstmexplorer.networks;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.model.Network;
import com.lstmexplorer.traces.TraceService;
import com.lstmexplorer.traces.TracesRequest;
import com.lstmexplorer.traces.TracesResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the traces a page shows, for a snapshot or a run: {@code GET /api/snapshots/{id}/traces.csv?seq=..&seq=..}
 * and {@code .../traces.json}, the same under {@code /api/runs/{id}/}. The JSON file is what
 * {@code POST .../traces} answers; the CSV file holds the same numbers (see {@link TraceCsv}).
 * The same files come from {@code POST .../traces.csv} and {@code .../traces.json} with a JSON body
 * {@code {"sequences": [...]}}, for sequences too many or too long for a URL (the page's Download buttons use these).
 */
@RestController
@RequestMapping(NetworkResolver.PATH)
class TraceDownloadsController {
    private final NetworkResolver networks;
    private final TraceService traces;

    TraceDownloadsController(NetworkResolver networks, TraceService traces) {
        this.networks = networks;
        this.traces = traces;
    }

    @Costly(Cost.TRACES)
    @GetMapping("/traces.csv")
    ResponseEntity<String> csv(@PathVariable String kind, @PathVariable String id, HttpServletRequest request) {
        return TraceDownloads.csv(traceQueried(kind, id, request), filename(kind, id, "csv"));
    }

    @Costly(Cost.TRACES)
    @GetMapping("/traces.json")
    ResponseEntity<TracesResponse> json(@PathVariable String kind, @PathVariable String id,
                                        HttpServletRequest request) {
        return TraceDownloads.json(traceQueried(kind, id, request), filename(kind, id, "json"));
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/traces.csv", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> csv(@PathVariable String kind, @PathVariable String id, @RequestBody TracesRequest body) {
        return TraceDownloads.csv(trace(kind, id, body), filename(kind, id, "csv"));
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/traces.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TracesResponse> json(@PathVariable String kind, @PathVariable String id,
                                        @RequestBody TracesRequest body) {
        return TraceDownloads.json(trace(kind, id, body), filename(kind, id, "json"));
    }

    /** The network is resolved first: an unknown id answers 404 even when the query names no sequence. */
    private TracesResponse traceQueried(String kind, String id, HttpServletRequest request) {
        Network network = networks.resolve(kind, id).network();
        return traces.trace(network, new TracesRequest(TraceDownloads.sequences(request)));
    }

    private TracesResponse trace(String kind, String id, TracesRequest request) {
        return traces.trace(networks.resolve(kind, id).network(), request);
    }

    private static String filename(String kind, String id, String extension) {
        return (kind.equals(NetworkResolver.RUNS) ? "traces-run-" : "traces-") + id + "." + extension;
    }
}
