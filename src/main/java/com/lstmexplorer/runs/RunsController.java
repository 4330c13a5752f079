package com.lstmexplorer.runs;

import com.lstmexplorer.traces.CompletionRequest;
import com.lstmexplorer.traces.CompletionResponse;
import com.lstmexplorer.traces.CompletionService;
import com.lstmexplorer.traces.TraceService;
import com.lstmexplorer.traces.TracesRequest;
import com.lstmexplorer.traces.TracesResponse;
import java.net.URI;
import com.lstmexplorer.model.task.CustomTask;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The runs API of api.md: start (a seed task, or {@code custom} on the user's sequences as JSON or a
 * multipart file), look at, list and stop runs, and trace a run's network or let it complete a prefix.
 */
@RestController
@RequestMapping("/api/runs")
class RunsController {
    private final RunService runs;
    private final CustomRuns customRuns;
    private final TraceService traces;
    private final CompletionService completions;

    RunsController(RunService runs, CustomRuns customRuns, TraceService traces, CompletionService completions) {
        this.runs = runs;
        this.customRuns = customRuns;
        this.traces = traces;
        this.completions = completions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunView> start(@RequestBody RunRequest request) {
        if (CustomTask.ID.equals(request.task())) {
            return created(customRuns.start(request));
        }
        if (request.sequences() != null) {
            throw new IllegalArgumentException("sequences are the data of a run of task '" + CustomTask.ID
                    + "'; task '" + request.task() + "' generates its own");
        }
        return created(runs.start(request));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RunView> start(@RequestPart(name = "file", required = false) MultipartFile file,
                                  @RequestParam Map<String, String> fields) {
        return created(customRuns.start(file, RunForm.parse(fields)));
    }

    private static ResponseEntity<RunView> created(Run run) {
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

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    CompletionResponse complete(@PathVariable String id, @RequestBody CompletionRequest request) {
        return completions.complete(runs.get(id).network(), request);
    }
}
