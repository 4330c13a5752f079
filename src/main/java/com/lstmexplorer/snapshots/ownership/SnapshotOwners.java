package com.lstmexplorer.snapshots.ownership;

import com.lstmexplorer.owners.Owner;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds each snapshot ({@code snapshot_owner}: one row per snapshot and owner, with that owner's choice to
 * publish it).
 */
@Repository
class SnapshotOwners {
    private final JdbcClient jdbc;

    SnapshotOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes {@code owner} an owner of the snapshot (unpublished) unless they are one already. */
    void add(String snapshotId, Owner owner, Instant now) {
        if (published(snapshotId, owner).isPresent()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO snapshot_owner (snapshot_id, owner_hash, published, created_at) VALUES (?, ?, ?, ?)")
                    .params(snapshotId, owner.hash(), false, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException savedConcurrently) {
            // the same owner saved it twice at once: one row is all it takes
        }
    }

    /** The owner's choice to publish it, or empty if {@code owner} (maybe null) does not own the snapshot. */
    Optional<Boolean> published(String snapshotId, Owner owner) {
        if (owner == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT published FROM snapshot_owner WHERE snapshot_id = ? AND owner_hash = ?")
                .params(snapshotId, owner.hash()).query(Boolean.class).optional();
    }

    void publish(String snapshotId, Owner owner, boolean published) {
        jdbc.sql("UPDATE snapshot_owner SET published = ? WHERE snapshot_id = ? AND owner_hash = ?")
                .params(published, snapshotId, owner.hash()).update();
    }

    void remove(String snapshotId, Owner owner) {
        jdbc.sql("DELETE FROM snapshot_owner WHERE snapshot_id = ? AND owner_hash = ?")
                .params(snapshotId, owner.hash()).update();
    }
}
