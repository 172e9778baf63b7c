-- The audit trail as a hash chain: each row carries the hash of the row before it and its own,
-- SHA-256(previous hash + the row's canonical content) (AuditTrail). A changed, removed or inserted row breaks the
-- chain at that row; the head row holds the hash of the last row, so that removing the newest rows shows too.
-- Rows written before this migration have no hash (the chain starts after them).
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash CHAR(64);

-- One row: the newest link. Appends lock it (SELECT ... FOR UPDATE), so that two writers never fork the chain.
CREATE TABLE audit_chain_head (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    last_id    BIGINT,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, NULL, REPEAT('0', 64));
