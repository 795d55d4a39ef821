-- Tags an official list gives an enterprise in a year (高新技术企业 → high_tech; 专精特新中小企业 → specialised;
-- 专精特新"小巨人" → little_giant): one row per row of the list, under the list's import batch. Like facts and events,
-- only tags of ACTIVE batches count (store/evaluation/StoredStandings gives them to the schemes' bonuses); a superseded
-- list's tags stay for its history. certificate, recognised_year and valid_until are as the list gives them.
-- Portable SQL only (DuckDB and PostgreSQL run this same file).
CREATE TABLE enterprise_tag (
    batch_id        BIGINT NOT NULL,
    year            INTEGER NOT NULL,
    credit_code     VARCHAR NOT NULL,
    tag             VARCHAR NOT NULL,
    certificate     VARCHAR,
    recognised_year INTEGER,
    valid_until     DATE,
    source_row      INTEGER NOT NULL
);
