package com.lstmexplorer.runs;

import com.lstmexplorer.traces.TraceService;
import com.lstmexplorer.traces.TracesRequest;
import com.lstmexplorer.traces.TracesResponse;
import java.net.URI;
import java.util.List;
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

/** The runs API of api.md: start, look at, list and stop runs, and trace a run's network. */
@RestController
@RequestMapping("/api/runs")
class RunsController {
    private final RunService runs;
    private final TraceService traces;

    RunsController(RunService runs, TraceService traces) {
        this.runs = runs;
        this.traces = traces;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunView> start(@RequestBody RunRequest request) {
        Run run = runs.start(request);
        return ResponseEntity.created(URI.create("/api/runs/" + run.id())).body(run.view());
    }

    @GetMapping
    List<RunView> list() {
        return runs.list().stream().map(Run::view).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable String id) {
        return runs.get(id).view();
    }

    @PostMapping("/{id}/stop")
    RunView stop(@PathVariable String id) {
        return runs.stop(id).view();
    }

    @PostMapping(path = "/{id}/traces", consumes = MediaType.APPLICATION_JSON_VALUE)
    TracesResponse traces(@PathVariable String id, @RequestBody TracesRequest request) {
        return traces.trace(runs.get(id).network(), request);
    }

    @PostMapping(path = "/{id}/traces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TracesResponse traces(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return traces.trace(runs.get(id).network(), file);
    }
}
