package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.runs.RunService;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the traces a page shows, for a snapshot or a run: {@code GET /api/snapshots/{id}/traces.csv?seq=..&seq=..}
 * and {@code .../traces.json}, the same under {@code /api/runs/{id}/}. The JSON file is what
 * {@code POST .../traces} answers; the CSV file holds the same numbers (see {@link TraceCsv}).
 * The same files come from {@code POST .../traces.csv} and {@code .../traces.json} with a JSON body
 * {@code {"sequences": [...]}}, for sequences too many or too long for a URL (the page's Download buttons use these).
 */
@RestController
class TraceDownloadsController {
    private final SnapshotService snapshots;
    private final RunService runs;
    private final TraceService traces;

    TraceDownloadsController(SnapshotService snapshots, RunService runs, TraceService traces) {
        this.snapshots = snapshots;
        this.runs = runs;
        this.traces = traces;
    }

    @GetMapping("/api/{owner:runs|snapshots}/{id}/traces.csv")
    ResponseEntity<String> csv(@PathVariable String owner, @PathVariable String id, HttpServletRequest request) {
        return TraceDownloads.csv(trace(owner, id, request), filename(owner, id, "csv"));
    }

    @GetMapping("/api/{owner:runs|snapshots}/{id}/traces.json")
    ResponseEntity<TracesResponse> json(@PathVariable String owner, @PathVariable String id,
                                        HttpServletRequest request) {
        return TraceDownloads.json(trace(owner, id, request), filename(owner, id, "json"));
    }

    @PostMapping(path = "/api/{owner:runs|snapshots}/{id}/traces.csv", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> csv(@PathVariable String owner, @PathVariable String id, @RequestBody TracesRequest body) {
        return TraceDownloads.csv(traces.trace(network(owner, id), body), filename(owner, id, "csv"));
    }

    @PostMapping(path = "/api/{owner:runs|snapshots}/{id}/traces.json", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TracesResponse> json(@PathVariable String owner, @PathVariable String id,
                                        @RequestBody TracesRequest body) {
        return TraceDownloads.json(traces.trace(network(owner, id), body), filename(owner, id, "json"));
    }

    private TracesResponse trace(String owner, String id, HttpServletRequest request) {
        return traces.trace(network(owner, id), new TracesRequest(TraceDownloads.sequences(request)));
    }

    private Network network(String owner, String id) {
        return owner.equals("runs") ? runs.get(id).network()
                : snapshots.network(id).orElseThrow(() -> SnapshotProblems.unknown(id));
    }

    private static String filename(String owner, String id, String extension) {
        return (owner.equals("runs") ? "traces-run-" : "traces-") + id + "." + extension;
    }
}
