-- The rows behind the counts of enterprise_event for event lists (生产安全事故, 严重失信): one row per listed event with
-- its date and what the list says of it (severity, deaths, reason), for the enterprise page. The counts the evaluation
-- reads stay in enterprise_event; both are written with the list's batch and count only while it is ACTIVE.
-- Portable SQL only (DuckDB and PostgreSQL run this same file).
CREATE TABLE enterprise_event_detail (
    batch_id    BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    credit_code VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    event_date  DATE NOT NULL,
    detail      VARCHAR NOT NULL,
    source_row  INTEGER NOT NULL
);
