-- The audit trail: append-only, each entry chained to the one before by
-- hash = SHA-256(previous hash + canonical content), so an edited, removed or inserted row breaks the chain.
CREATE TABLE audit_entry (
    seq        BIGINT PRIMARY KEY,
    logged_at  TIMESTAMP NOT NULL,
    actor      VARCHAR NOT NULL,
    action     VARCHAR NOT NULL,
    target     VARCHAR NOT NULL,
    details    VARCHAR NOT NULL,
    prev_hash  VARCHAR NOT NULL,
    hash       VARCHAR NOT NULL
);
