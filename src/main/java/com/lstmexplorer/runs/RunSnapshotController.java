package com.lstmexplorer.runs;

import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/runs/{id}/snapshot} (optional JSON body {@code {"title": "..."}}) saves the run's latest
 * published network as a snapshot, with the run's task, training settings and metrics. Anyone with the run's
 * link may: the snapshot belongs to whoever saved it (their owner key, issued with the answer if they had none).
 */
@RestController
@RequestMapping("/api/runs/{id}")
class RunSnapshotController {
    private final RunService runs;
    private final RunSnapshots snapshots;
    private final OwnerKeys keys;

    RunSnapshotController(RunService runs, RunSnapshots snapshots, OwnerKeys keys) {
        this.runs = runs;
        this.snapshots = snapshots;
        this.keys = keys;
    }

    /** Optional body of a save. */
    record SaveRequest(String title) {
    }

    @PostMapping("/snapshot")
    ResponseEntity<SavedSnapshot> save(@PathVariable String id, @RequestBody(required = false) SaveRequest request,
                                       HttpServletRequest http, HttpServletResponse response) {
        SavedSnapshot saved = snapshots.save(runs.get(id), request == null ? null : request.title(),
                keys.ownerOrNew(http));
        keys.sendNew(http, response);
        return ResponseEntity.created(URI.create("/api/snapshots/" + saved.id())).body(saved);
    }
}
