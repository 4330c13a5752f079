package com.lstmexplorer.runs;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.model.task.CustomTask;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.owners.OwnerKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * The runs API of docs/api.md: start (a seed task, or {@code custom} on the user's sequences as JSON or a
 * multipart file), look at, list and stop runs; tracing a run's network is in {@code networks}, as for a snapshot.
 * A run belongs to the client that started it (its owner key, issued with the answer if it had none): only that
 * client lists, stops and deletes it; anyone with its id may look at it and trace it.
 */
@RestController
@RequestMapping("/api/runs")
class RunsController {
    private final RunService runs;
    private final CustomRuns customRuns;
    private final OwnerKeys keys;

    RunsController(RunService runs, CustomRuns customRuns, OwnerKeys keys) {
        this.runs = runs;
        this.customRuns = customRuns;
        this.keys = keys;
    }

    @Costly(Cost.RUN_STARTS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RunView> start(@RequestBody RunRequest request, HttpServletRequest http,
                                  HttpServletResponse response) {
        Owner owner = keys.ownerOrNew(http);
        if (CustomTask.ID.equals(request.task())) {
            return created(customRuns.start(request, owner), http, response);
        }
        if (request.sequences() != null) {
            throw new IllegalArgumentException("sequences are the data of a run of task '" + CustomTask.ID
                    + "'; task '" + request.task() + "' generates its own");
        }
        return created(runs.start(request, owner), http, response);
    }

    @Costly(Cost.RUN_STARTS)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RunView> start(@RequestPart(name = "file", required = false) MultipartFile file,
                                  @RequestParam Map<String, String> fields, HttpServletRequest http,
                                  HttpServletResponse response) {
        RunRequest form = RunForm.parse(fields);
        return created(customRuns.start(file, form, keys.ownerOrNew(http)), http, response);
    }

    /** 201 with the run, and the owner key if this request was given a new one. */
    private ResponseEntity<RunView> created(Run run, HttpServletRequest http, HttpServletResponse response) {
        keys.sendNew(http, response);
        return ResponseEntity.created(URI.create("/api/runs/" + run.id())).body(run.view(run.owner()));
    }

    /** The caller's own runs, newest first (none without an owner key). */
    @GetMapping
    List<RunView> list(@AuthenticationPrincipal Owner caller) {
        return runs.listOwnedBy(caller).stream().map(run -> run.view(caller)).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        return runs.get(id).view(caller);
    }

    @PostMapping("/{id}/stop")
    RunView stop(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        return runs.stop(id, caller).view(caller);
    }

    /** Stops the run if it trains and forgets it; its id answers 410 afterwards. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        runs.delete(id, caller);
        return ResponseEntity.noContent().build();
    }
}
