-- Saved comparisons (docs/compare.md): one task trained with several cells side by side. "body" is the comparison
-- as JSON (the task, the shared settings, each member's cell, snapshot id, progress and loss history); each member's
-- network is an ordinary snapshot. No foreign key to snapshot: a member's snapshot may be deleted by its owners, and
-- the comparison then shows that network as gone.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (profile "postgres").
CREATE TABLE comparison (
    id         VARCHAR(32)              NOT NULL PRIMARY KEY,
    task       VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    body       TEXT                     NOT NULL
);

-- Who saved each comparison (as for snapshot_owner, only the SHA-256 of an owner's key).
CREATE TABLE comparison_owner (
    comparison_id VARCHAR(32)              NOT NULL REFERENCES comparison (id),
    owner_hash    VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comparison_id, owner_hash)
);
