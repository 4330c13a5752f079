package com.lstmexplorer.snapshots.store;

/**
 * The answer to a save or an import: the snapshot's id, the page that shows it, and whether this request
 * stored it ({@code false}: the same network was stored before, under the same id).
 */
public record SavedSnapshot(String id, String url, boolean created) {
    public static SavedSnapshot of(String id, boolean created) {
        return new SavedSnapshot(id, "/s/" + id, created);
    }
}
