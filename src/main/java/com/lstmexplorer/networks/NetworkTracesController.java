package com.lstmexplorer.networks;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.traces.CompletionRequest;
import com.lstmexplorer.traces.CompletionResponse;
import com.lstmexplorer.traces.CompletionService;
import com.lstmexplorer.traces.TraceService;
import com.lstmexplorer.traces.TracesRequest;
import com.lstmexplorer.traces.TracesResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A network's activations on given sequences, for a run and a snapshot alike: {@code POST
 * /api/{runs|snapshots}/{id}/traces} with JSON {@code {"sequences": [...]}} or a multipart {@code file}; as CSV
 * with {@code Accept: text/csv}; and {@code POST .../complete}, the network's continuation of a typed prefix.
 * The downloads are in {@link TraceDownloadsController}.
 */
@RestController
@RequestMapping(NetworkResolver.PATH)
class NetworkTracesController {
    private final NetworkResolver networks;
    private final TraceService traces;
    private final CompletionService completions;

    NetworkTracesController(NetworkResolver networks, TraceService traces, CompletionService completions) {
        this.networks = networks;
        this.traces = traces;
        this.completions = completions;
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/traces", consumes = MediaType.APPLICATION_JSON_VALUE)
    TracesResponse traces(@PathVariable String kind, @PathVariable String id, @RequestBody TracesRequest request) {
        return traces.trace(networks.resolve(kind, id).network(), request);
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/traces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TracesResponse traces(@PathVariable String kind, @PathVariable String id,
                          @RequestPart(name = "file", required = false) MultipartFile file) {
        return traces.trace(networks.resolve(kind, id).network(), file);
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/traces", consumes = MediaType.APPLICATION_JSON_VALUE, produces = TraceCsv.MEDIA_TYPE)
    ResponseEntity<String> tracesAsCsv(@PathVariable String kind, @PathVariable String id,
                                       @RequestBody TracesRequest request) {
        return TraceDownloads.csv(traces.trace(networks.resolve(kind, id).network(), request), null);
    }

    @Costly(Cost.TRACES)
    @PostMapping(path = "/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    CompletionResponse complete(@PathVariable String kind, @PathVariable String id,
                                @RequestBody CompletionRequest request) {
        return completions.complete(networks.resolve(kind, id).network(), request);
    }
}
