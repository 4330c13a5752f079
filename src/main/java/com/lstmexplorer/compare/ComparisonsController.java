package com.lstmexplorer.compare;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.web.ReadsNoBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comparisons API of docs/api.md: start one (its runs, one per cell, all or none), look at it live or saved,
 * save it (each network a snapshot, the comparison a link of its own), stop it. Like a run, a comparison belongs
 * to the client that started it (its owner key, issued with the answer if it had none) and anyone with its id may
 * look at it and save it; a saved one belongs to whoever saved it.
 */
@RestController
@RequestMapping("/api/comparisons")
class ComparisonsController {
    private final Comparisons comparisons;
    private final OwnerKeys keys;

    ComparisonsController(Comparisons comparisons, OwnerKeys keys) {
        this.comparisons = comparisons;
        this.keys = keys;
    }

    @Costly(Cost.RUN_STARTS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComparisonView> start(@RequestBody ComparisonRequest request, HttpServletRequest http,
                                         HttpServletResponse response) {
        Owner owner = keys.ownerOrNew(http);
        Comparisons.Live started = comparisons.start(request, owner);
        keys.sendNew(http, response);
        return ResponseEntity.created(URI.create("/api/comparisons/" + started.id()))
                .body(comparisons.view(started, owner));
    }

    @GetMapping("/{id}")
    ComparisonView get(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        return comparisons.view(id, caller);
    }

    @ReadsNoBody
    @PostMapping("/{id}/snapshot")
    ResponseEntity<SavedComparison> save(@PathVariable String id, HttpServletRequest http,
                                         HttpServletResponse response) {
        SavedComparison saved = comparisons.save(id, keys.ownerOrNew(http));
        keys.sendNew(http, response);
        return ResponseEntity.created(URI.create("/api/comparisons/" + saved.id())).body(saved);
    }

    @PostMapping("/{id}/stop")
    ComparisonView stop(@PathVariable String id, @AuthenticationPrincipal Owner caller) {
        return comparisons.stop(id, caller);
    }
}
