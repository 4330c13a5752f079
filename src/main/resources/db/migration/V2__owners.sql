-- Who saved each snapshot (README "Privacy and sharing"). A snapshot's id comes from its weights, so two people
-- who save the same network share one snapshot row; each of them has an owner row of their own, with their own
-- choice to publish it. Only the SHA-256 of an owner's key is stored. No ON DELETE CASCADE: a snapshot row is
-- deleted only when no owner row is left, and a concurrent save's owner row makes that delete fail, not vanish.
-- Portable SQL: the same script runs on H2 (default) and PostgreSQL (profile "postgres").
CREATE TABLE snapshot_owner (
    snapshot_id VARCHAR(32)              NOT NULL REFERENCES snapshot (id),
    owner_hash  VARCHAR(64)              NOT NULL,
    published   BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (snapshot_id, owner_hash)
);

CREATE INDEX snapshot_owner_by_owner ON snapshot_owner (owner_hash);

-- Snapshots whose owner is unknown: every one stored before this migration, and those the server saves without
-- an owner. Listed to everyone while lstm-explorer.snapshots.list-unowned is true; nobody deletes them by the API.
ALTER TABLE snapshot ADD COLUMN owner_unknown BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE snapshot SET owner_unknown = TRUE;

-- Deleted snapshots: the SHA-256 of the id and nothing else, so that the link answers 410 Gone, not 404.
CREATE TABLE snapshot_tombstone (
    id_hash    VARCHAR(64)              NOT NULL PRIMARY KEY,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
