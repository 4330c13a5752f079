package com.lstmexplorer.snapshots;

import com.lstmexplorer.model.Network;
import com.lstmexplorer.traces.CompletionRequest;
import com.lstmexplorer.traces.CompletionResponse;
import com.lstmexplorer.traces.CompletionService;
import com.lstmexplorer.traces.TraceService;
import com.lstmexplorer.traces.TracesRequest;
import com.lstmexplorer.traces.TracesResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A snapshot's activations on given sequences: {@code POST /api/snapshots/{id}/traces} with JSON
 * {@code {"sequences": [...]}} or a multipart {@code file}; as CSV with {@code Accept: text/csv}; and
 * {@code POST /api/snapshots/{id}/complete}, the network's continuation of a typed prefix.
 * The GET downloads are in {@link TraceDownloadsController}.
 */
@RestController
@RequestMapping("/api/snapshots/{id}")
class SnapshotTracesController {
    private final SnapshotService snapshots;
    private final TraceService traces;
    private final CompletionService completions;

    SnapshotTracesController(SnapshotService snapshots, TraceService traces, CompletionService completions) {
        this.snapshots = snapshots;
        this.traces = traces;
        this.completions = completions;
    }

    @PostMapping(path = "/traces", consumes = MediaType.APPLICATION_JSON_VALUE)
    TracesResponse traces(@PathVariable String id, @RequestBody TracesRequest request) {
        return traces.trace(network(id), request);
    }

    @PostMapping(path = "/traces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TracesResponse traces(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return traces.trace(network(id), file);
    }

    @PostMapping(path = "/traces", consumes = MediaType.APPLICATION_JSON_VALUE, produces = TraceCsv.MEDIA_TYPE)
    ResponseEntity<String> tracesAsCsv(@PathVariable String id, @RequestBody TracesRequest request) {
        return TraceDownloads.csv(traces.trace(network(id), request), null);
    }

    @PostMapping(path = "/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    CompletionResponse complete(@PathVariable String id, @RequestBody CompletionRequest request) {
        return completions.complete(network(id), request);
    }

    private Network network(String id) {
        return snapshots.network(id).orElseThrow(() -> SnapshotProblems.unknown(id));
    }
}
