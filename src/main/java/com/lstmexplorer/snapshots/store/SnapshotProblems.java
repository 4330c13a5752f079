package com.lstmexplorer.snapshots.store;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The store's answers about an id it does not hold: none with that id (404), or deleted by its last owner (410).
 * A snapshot that fails a check is a 400 instead (an IllegalArgumentException, see {@code web.ApiProblems}).
 */
public final class SnapshotProblems {
    private SnapshotProblems() {
    }

    /** The snapshot was deleted by its last owner: its link answers 410 Gone. */
    static ResponseStatusException gone(String id) {
        return new ResponseStatusException(HttpStatus.GONE, "snapshot '" + id + "' was deleted by its owner");
    }

    public static ResponseStatusException unknown(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no snapshot with id '" + id
                + "'; GET /api/snapshots lists the ones stored here");
    }
}
