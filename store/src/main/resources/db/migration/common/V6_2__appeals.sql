-- Appeals (异议): an enterprise contests one fact (field + year) with a claimed value, a reason and evidence files.
-- status: FILED → FORWARDED (district) → ACCEPTED / REJECTED (city); or FILED → REJECTED (district).
CREATE SEQUENCE appeal_id_seq START WITH 1;

CREATE TABLE appeal (
    id              BIGINT PRIMARY KEY,
    credit_code     VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    field           VARCHAR NOT NULL,
    current_value   DECIMAL(24, 6),
    claimed_value   DECIMAL(24, 6) NOT NULL,
    reason          VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    filed_by        VARCHAR NOT NULL,
    filed_at        TIMESTAMP NOT NULL,
    correction_batch BIGINT
);

-- Every step of an appeal, in order: FILED, FORWARDED, REJECTED, ACCEPTED, with who, when and why.
CREATE TABLE appeal_step (
    appeal_id  BIGINT NOT NULL,
    position   INTEGER NOT NULL,
    action     VARCHAR NOT NULL,
    actor      VARCHAR NOT NULL,
    step_at    TIMESTAMP NOT NULL,
    note       VARCHAR,
    PRIMARY KEY (appeal_id, position)
);

CREATE SEQUENCE appeal_evidence_id_seq START WITH 1;

-- Evidence files, type checked by their first bytes (PDF, PNG, JPEG) before they are stored.
CREATE TABLE appeal_evidence (
    id            BIGINT PRIMARY KEY,
    appeal_id     BIGINT NOT NULL,
    file_name     VARCHAR NOT NULL,
    media_type    VARCHAR NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        VARCHAR NOT NULL,
    content       BYTEA NOT NULL
);
