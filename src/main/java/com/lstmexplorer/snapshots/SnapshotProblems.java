package com.lstmexplorer.snapshots;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The snapshot errors that are not a 400 (those are IllegalArgumentExceptions, see {@code web.ApiProblems}): none
 * with that id (404), deleted (410), not the caller's to change (403).
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

    static ResponseStatusException notOwner(String id, String action, boolean ownedByTheServer) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, (ownedByTheServer
                ? "snapshot '" + id + "' is a seed network or was saved before owners existed: nobody can " + action
                + " it through the API"
                : "only a client that saved snapshot '" + id + "' can " + action + " it")
                + " (its link lets anyone open, probe, download and import it, not " + action + " it)");
    }
}
