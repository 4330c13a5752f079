package com.lstmexplorer.snapshots.store;

import com.lstmexplorer.owners.Owner;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which snapshots were deleted ({@code snapshot_tombstone}): the SHA-256 of the id and when, nothing else, so that
 * a deleted snapshot's link answers 410 Gone without the server keeping what it was.
 */
@Repository
class SnapshotTombstones {
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    SnapshotTombstones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers that the snapshot was deleted, by its id's hash only. */
    void bury(String snapshotId) {
        if (buried(snapshotId)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO snapshot_tombstone (id_hash, deleted_at) VALUES (?, ?)")
                    .params(Owner.sha256(snapshotId), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException buriedConcurrently) {
            // one tombstone is all it takes
        }
    }

    boolean buried(String snapshotId) {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot_tombstone WHERE id_hash = ?").param(Owner.sha256(snapshotId))
                .query(Long.class).single() > 0;
    }

    /** The snapshot was stored again (the same network saved or imported anew): its link works again. */
    void unbury(String snapshotId) {
        jdbc.sql("DELETE FROM snapshot_tombstone WHERE id_hash = ?").param(Owner.sha256(snapshotId)).update();
    }
}
