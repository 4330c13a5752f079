package com.lstmexplorer.snapshots.store;

import com.lstmexplorer.snapshots.format.Snapshot;
import com.lstmexplorer.snapshots.format.SnapshotIds;
import com.lstmexplorer.snapshots.format.SnapshotMetrics;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Snapshots in the database, by plain JDBC. A snapshot is one row written by one INSERT, so a crash
 * during a save leaves either no row or a whole one; the primary key makes a second save of the same
 * network (same id) store nothing. A snapshot deleted by its last owner leaves a tombstone
 * ({@link SnapshotTombstones}), so that its link answers 410 rather than 404. Who owns them is the business of
 * {@code snapshots.ownership}; the queries here read its table only to tell who may list or delete a snapshot.
 */
@Repository
public class SnapshotRepository {
    private static final String SUMMARY_COLUMNS = "s.id, s.task, s.title, s.cell, s.layers, s.hidden_size, s.step, "
            + "s.loss, s.accuracy, s.solved_at_step, s.elapsed_ms, s.created_at, n.task AS seed_of, "
            + "m.owner_hash AS my_hash, m.published AS my_published, "
            + "EXISTS (SELECT 1 FROM snapshot_owner p WHERE p.snapshot_id = s.id AND p.published = TRUE) AS any_published";
    private static final String VISIBLE = "n.task IS NOT NULL OR m.owner_hash IS NOT NULL "
            + "OR EXISTS (SELECT 1 FROM snapshot_owner p WHERE p.snapshot_id = s.id AND p.published = TRUE)";

    private final JdbcClient jdbc;
    private final SnapshotTombstones tombstones;

    SnapshotRepository(JdbcClient jdbc, SnapshotTombstones tombstones) {
        this.jdbc = jdbc;
        this.tombstones = tombstones;
    }

    /**
     * Stores the snapshot with its canonical JSON unless its id is stored already; true when this call stored it,
     * and then a link of an earlier, deleted copy works again. {@code ownerUnknown}: saved by the server itself,
     * for nobody in particular (see V2__owners.sql).
     */
    public boolean insertIfAbsent(Snapshot s, byte[] canonicalJson, boolean ownerUnknown) {
        if (exists(s.id())) {
            return false;
        }
        SnapshotMetrics m = s.metrics();
        try {
            jdbc.sql("INSERT INTO snapshot (id, format_version, task, title, cell, layers, hidden_size, step, loss, "
                            + "accuracy, solved_at_step, elapsed_ms, created_at, body, owner_unknown) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(s.id(), s.formatVersion(), s.task(), s.title(), s.config().cell(), s.config().layers(),
                            s.config().hiddenSize(), m.step(), m.loss(), m.accuracy(), m.solvedAtStep(), m.elapsedMs(),
                            OffsetDateTime.ofInstant(s.createdAt(), ZoneOffset.UTC),
                            new String(canonicalJson, StandardCharsets.UTF_8), ownerUnknown)
                    .update();
        } catch (DuplicateKeyException savedConcurrently) {
            return false;
        }
        tombstones.unbury(s.id());
        return true;
    }

    /** The canonical JSON exactly as it was stored; empty for an id of nothing, 410 (an exception) if deleted. */
    public Optional<byte[]> body(String id) {
        Optional<byte[]> body = SnapshotIds.looksLikeId(id)
                ? jdbc.sql("SELECT body FROM snapshot WHERE id = ?").param(id).query(String.class).optional()
                        .map(text -> text.getBytes(StandardCharsets.UTF_8))
                : Optional.empty();
        if (body.isEmpty() && buried(id)) {
            throw SnapshotProblems.gone(id);
        }
        return body;
    }

    /** Fails with 404 or 410, naming the id, unless the snapshot is stored. */
    public void requireStored(String id) {
        if (!exists(id)) {
            throw buried(id) ? SnapshotProblems.gone(id) : SnapshotProblems.unknown(id);
        }
    }

    /** True if the snapshot was deleted by its last owner (and not stored again since). */
    public boolean deleted(String id) {
        return buried(id) && !exists(id);
    }

    private boolean buried(String id) {
        return SnapshotIds.looksLikeId(id) && tombstones.buried(id);
    }

    private boolean exists(String id) {
        return SnapshotIds.looksLikeId(id)
                && jdbc.sql("SELECT COUNT(*) FROM snapshot WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /**
     * Seed networks first, then the newest first, of those the owner hashed {@code viewer} ("" for a client
     * without an owner key) may list: seeds, their own, published ones, and those of unknown owner if
     * {@code withUnowned}.
     */
    public List<SnapshotSummary> list(String viewer, boolean withUnowned, int limit) {
        String where = " WHERE " + VISIBLE + (withUnowned ? " OR s.owner_unknown = TRUE" : "");
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM snapshot s LEFT JOIN seed_network n ON n.snapshot_id = s.id "
                        + "LEFT JOIN snapshot_owner m ON m.snapshot_id = s.id AND m.owner_hash = ?" + where
                        + " ORDER BY CASE WHEN n.task IS NULL THEN 1 ELSE 0 END, s.created_at DESC, s.id LIMIT ?")
                .params(viewer, limit)
                .query((rs, row) -> summary(rs))
                .list();
    }

    /** Whether the snapshot is a seed network or of unknown owner: then no visitor can delete it. */
    public boolean ownedByTheServer(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot s WHERE s.id = ? AND (s.owner_unknown = TRUE "
                + "OR EXISTS (SELECT 1 FROM seed_network n WHERE n.snapshot_id = s.id))").param(id)
                .query(Long.class).single() > 0;
    }

    /**
     * Deletes the snapshot if nobody holds it any more: no owner row, not of unknown owner, not a seed; true if it
     * did, and then its link answers 410 from now on. A save that adds an owner row at the same moment makes the
     * delete fail (the row is then kept).
     */
    public boolean deleteIfUnheld(String id) {
        boolean deleted = jdbc.sql("DELETE FROM snapshot WHERE id = ? AND owner_unknown = FALSE "
                        + "AND NOT EXISTS (SELECT 1 FROM snapshot_owner o WHERE o.snapshot_id = ?) "
                        + "AND NOT EXISTS (SELECT 1 FROM seed_network n WHERE n.snapshot_id = ?)")
                .params(id, id, id).update() > 0;
        if (deleted) {
            tombstones.bury(id);
        }
        return deleted;
    }

    public Optional<String> seedOf(String task) {
        return jdbc.sql("SELECT snapshot_id FROM seed_network WHERE task = ?").param(task).query(String.class).optional();
    }

    public void markSeed(String task, String snapshotId) {
        jdbc.sql("INSERT INTO seed_network (task, snapshot_id) VALUES (?, ?)").params(task, snapshotId).update();
    }

    private static SnapshotSummary summary(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        var shape = new SnapshotSummary.Shape(rs.getString("cell"), rs.getInt("layers"), rs.getInt("hidden_size"));
        var metrics = new SnapshotMetrics(rs.getObject("step", Integer.class), rs.getObject("loss", Double.class),
                rs.getObject("accuracy", Double.class), rs.getObject("solved_at_step", Integer.class),
                rs.getObject("elapsed_ms", Long.class));
        boolean mine = rs.getString("my_hash") != null;
        boolean published = mine ? rs.getBoolean("my_published") : rs.getBoolean("any_published");
        return new SnapshotSummary(id, "/s/" + id, rs.getString("task"), rs.getString("title"),
                rs.getString("seed_of"), shape, metrics,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), mine, published);
    }
}
