-- Events a department file reports about an enterprise in a year, with their count: for now the environment bureau's
-- 环境违法次数 (kind environmental_violation). Stored per batch like the facts: only events of ACTIVE batches count
-- (store/evaluation/StoredStandings gives them to the evaluation's vetoes); a superseded batch's events stay for its
-- history. A count of 0 is kept too (the department reported none).
-- Portable SQL only (DuckDB and PostgreSQL run this same file).
CREATE TABLE enterprise_event (
    batch_id    BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    credit_code VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    event_count INTEGER NOT NULL
);
