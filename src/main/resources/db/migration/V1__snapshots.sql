-- Saved networks. "body" is the snapshot's canonical JSON, returned byte for byte by GET /api/snapshots/{id};
-- the other columns repeat what the gallery lists, so that listing never parses a body.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (profile "postgres").
CREATE TABLE snapshot (
    id             VARCHAR(32)              NOT NULL PRIMARY KEY,
    format_version INTEGER                  NOT NULL,
    task           VARCHAR(64)              NOT NULL,
    title          VARCHAR(200)             NOT NULL,
    cell           VARCHAR(16)              NOT NULL,
    layers         INTEGER                  NOT NULL,
    hidden_size    INTEGER                  NOT NULL,
    step           INTEGER,
    loss           DOUBLE PRECISION,
    accuracy       DOUBLE PRECISION,
    solved_at_step INTEGER,
    elapsed_ms     BIGINT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    body           TEXT                     NOT NULL
);

CREATE INDEX snapshot_by_created_at ON snapshot (created_at);

-- Which snapshot is the seed network of each seed task (the gallery's four ready-made networks).
CREATE TABLE seed_network (
    task        VARCHAR(64) NOT NULL PRIMARY KEY,
    snapshot_id VARCHAR(32) NOT NULL REFERENCES snapshot (id)
);
