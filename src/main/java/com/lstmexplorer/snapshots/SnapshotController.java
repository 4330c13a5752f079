package com.lstmexplorer.snapshots;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/snapshots}: list, fetch (or download) and import snapshots. */
@RestController
@RequestMapping("/api/snapshots")
class SnapshotController {
    private final SnapshotService snapshots;
    private final SnapshotSettings settings;

    SnapshotController(SnapshotService snapshots, SnapshotSettings settings) {
        this.snapshots = snapshots;
        this.settings = settings;
    }

    @GetMapping
    List<SnapshotSummary> list(@RequestParam(required = false) Integer limit) {
        int max = settings.listLimit();
        if (limit != null && (limit < 1 || limit > max)) {
            throw new IllegalArgumentException("limit must be between 1 and " + max + ", got " + limit);
        }
        return snapshots.list(limit == null ? max : limit);
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
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SavedSnapshot> importSnapshot(HttpServletRequest request) throws IOException {
        SavedSnapshot saved = snapshots.importJson(body(request, settings.maxImportBytes()));
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
