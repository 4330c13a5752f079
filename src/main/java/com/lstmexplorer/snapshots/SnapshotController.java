package com.lstmexplorer.snapshots;

import com.lstmexplorer.limits.Cost;
import com.lstmexplorer.limits.Costly;
import com.lstmexplorer.owners.Owner;
import com.lstmexplorer.owners.OwnerKeys;
import com.lstmexplorer.snapshots.store.SavedSnapshot;
import com.lstmexplorer.snapshots.store.SnapshotProblems;
import com.lstmexplorer.snapshots.store.SnapshotSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/snapshots}: list (what the caller may list: see {@link SnapshotService#listFor}), fetch (or
 * download) and import snapshots. An import belongs to the client that sent it (its owner key, issued with the
 * answer if it had none).
 */
@RestController
@RequestMapping("/api/snapshots")
class SnapshotController {
    private final SnapshotService snapshots;
    private final SnapshotSettings settings;
    private final OwnerKeys keys;

    SnapshotController(SnapshotService snapshots, SnapshotSettings settings, OwnerKeys keys) {
        this.snapshots = snapshots;
        this.settings = settings;
        this.keys = keys;
    }

    @GetMapping
    List<SnapshotSummary> list(@RequestParam(required = false) Integer limit, @AuthenticationPrincipal Owner caller) {
        int max = settings.listLimit();
        if (limit != null && (limit < 1 || limit > max)) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + ", got " + limit);
        }
        return snapshots.listFor(caller, limit == null ? max : limit);
    }

    /** The snapshot's JSON as stored; {@code ?download=true} asks the browser to save it as a file. */
    @GetMapping("/{id}")
    ResponseEntity<byte[]> get(@PathVariable String id, @RequestParam(defaultValue = "false") boolean download) {
        byte[] json = snapshots.json(id).orElseThrow(() -> SnapshotProblems.unknown(id));
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("lstm-snapshot-" + id + ".json").build().toString());
        }
        return response.body(json);
    }

    /** Imports a snapshot JSON sent as the request body ({@code Content-Type: application/json}). */
    @Costly(Cost.IMPORTS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SavedSnapshot> importSnapshot(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SavedSnapshot saved = snapshots.importJson(body(request, settings.maxImportBytes()), keys.ownerOrNew(request));
        keys.sendNew(request, response);
        return ResponseEntity.created(URI.create("/api/snapshots/" + saved.id())).body(saved);
    }

    /** Reads at most {@code limit} bytes: a bigger snapshot is refused before it fills the memory. */
    private static byte[] body(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong(), limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(-1, limit);
            }
            return bytes;
        }
    }

    private static ResponseStatusException tooLarge(long size, long limit) {
        String actual = size >= 0 ? "is " + size + " bytes" : "is larger than the limit";
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "the snapshot " + actual + "; at most "
                + limit + " bytes are accepted (setting lstm-explorer.snapshots.max-import-bytes)");
    }
}
