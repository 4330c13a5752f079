package com.lstmexplorer.compare;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved comparisons and who saved them, by plain JDBC (tables of V3__comparisons.sql). A comparison is one row
 * written by one INSERT; the primary keys make a second save of the same comparison, or by the same owner,
 * store nothing more.
 */
@Repository
class ComparisonRepository {
    private final JdbcClient jdbc;

    ComparisonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the comparison unless its id is stored already; true when this call stored it. */
    boolean insertIfAbsent(String id, String task, Instant createdAt, String body) {
        if (jdbc.sql("SELECT COUNT(*) FROM comparison WHERE id = ?").param(id).query(Long.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO comparison (id, task, created_at, body) VALUES (?, ?, ?, ?)")
                    .params(id, task, utc(createdAt), body).update();
            return true;
        } catch (DuplicateKeyException savedConcurrently) {
            return false;
        }
    }

    Optional<String> body(String id) {
        return jdbc.sql("SELECT body FROM comparison WHERE id = ?").param(id).query(String.class).optional();
    }

    /** Makes {@code ownerHash} one of the comparison's owners (once). */
    void addOwner(String id, String ownerHash, Instant at) {
        if (!owns(id, ownerHash)) {
            jdbc.sql("INSERT INTO comparison_owner (comparison_id, owner_hash, created_at) VALUES (?, ?, ?)")
                    .params(id, ownerHash, utc(at)).update();
        }
    }

    boolean owns(String id, String ownerHash) {
        return jdbc.sql("SELECT COUNT(*) FROM comparison_owner WHERE comparison_id = ? AND owner_hash = ?")
                .params(id, ownerHash).query(Long.class).single() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
