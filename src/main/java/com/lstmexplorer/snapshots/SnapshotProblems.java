package com.lstmexplorer.snapshots;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The snapshot errors that are not a 400 (those are IllegalArgumentExceptions, see {@code web.ApiProblems}). */
final class SnapshotProblems {
    private SnapshotProblems() {
    }

    static ResponseStatusException unknown(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no snapshot with id '" + id
                + "'; GET /api/snapshots lists the ones stored here");
    }
}
