-- Evaluation runs: immutable once written. A run is its header (scheme text and hash, input snapshot hash, engine,
-- fingerprint, who and when, status, the run it re-evaluates), its methodology log, the input it evaluated (so it can
-- be recomputed bit for bit) and its per-enterprise results. Rows are only ever inserted, all of a run in one
-- transaction; nothing updates or deletes them. NaN is stored as NULL in the DOUBLE PRECISION columns.

CREATE SEQUENCE evaluation_run_id_seq START WITH 1;

CREATE TABLE evaluation_run (
    id             BIGINT PRIMARY KEY,
    scheme_id      VARCHAR NOT NULL,
    scheme_version INTEGER NOT NULL,
    scheme_title   VARCHAR NOT NULL,
    scheme_text    VARCHAR NOT NULL,
    scheme_sha256  VARCHAR NOT NULL,
    input_sha256   VARCHAR NOT NULL,
    engine_version VARCHAR NOT NULL,
    fingerprint    VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    created_by     VARCHAR NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    status         VARCHAR NOT NULL,
    parent_run_id  BIGINT,
    unit_count     INTEGER NOT NULL,
    note           VARCHAR
);

-- The methodology log: one row per entry, and its parameters (kind P) and counts (kind C) in order.
CREATE TABLE evaluation_run_log (
    run_id  BIGINT NOT NULL,
    seq     INTEGER NOT NULL,
    step    VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    summary VARCHAR NOT NULL
);

CREATE TABLE evaluation_run_log_value (
    run_id   BIGINT NOT NULL,
    seq      INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind     VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,
    value    VARCHAR NOT NULL
);

-- The input snapshot, long form: numeric columns (absent = missing), tags and event counts of every unit.
CREATE TABLE evaluation_input_value (
    run_id      BIGINT NOT NULL,
    credit_code VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    value       DOUBLE PRECISION NOT NULL
);

CREATE TABLE evaluation_input_mark (
    run_id      BIGINT NOT NULL,
    credit_code VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    count       INTEGER NOT NULL
);

-- One row per enterprise of a run: where it was put, total, class, ranks (0 = not ranked), with the district,
-- park and industry it had in the run (the filters of the results pages).
CREATE TABLE evaluation_result (
    run_id             BIGINT NOT NULL,
    row_no             INTEGER NOT NULL,
    credit_code        VARCHAR NOT NULL,
    name               VARCHAR NOT NULL,
    district_code      VARCHAR NOT NULL,
    park_code          VARCHAR,
    industry_code      VARCHAR NOT NULL,
    category_id        VARCHAR NOT NULL,
    category_name      VARCHAR NOT NULL,
    status             VARCHAR NOT NULL,
    exemption_id       VARCHAR NOT NULL,
    exemption_name     VARCHAR NOT NULL,
    aggregate          DOUBLE PRECISION,
    bonus              DOUBLE PRECISION,
    deduction          DOUBLE PRECISION,
    total              DOUBLE PRECISION,
    class_before_veto  VARCHAR NOT NULL,
    class_label        VARCHAR NOT NULL,
    class_name         VARCHAR NOT NULL,
    rank_city          INTEGER NOT NULL,
    rank_city_of       INTEGER NOT NULL,
    rank_district      INTEGER NOT NULL,
    rank_district_of   INTEGER NOT NULL,
    rank_industry      INTEGER NOT NULL,
    rank_industry_of   INTEGER NOT NULL,
    marked             BOOLEAN NOT NULL,
    landlord           VARCHAR NOT NULL
);

-- Each scored indicator of each enterprise, step by step, with the peer parameters of its normalisation.
CREATE TABLE evaluation_result_indicator (
    run_id         BIGINT NOT NULL,
    credit_code    VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    indicator_id   VARCHAR NOT NULL,
    dimension_id   VARCHAR NOT NULL,
    raw            DOUBLE PRECISION,
    value          DOUBLE PRECISION,
    note           VARCHAR NOT NULL,
    benchmark      DOUBLE PRECISION,
    benchmark_note VARCHAR NOT NULL,
    normaliser     VARCHAR NOT NULL,
    sign           INTEGER NOT NULL,
    normalised     DOUBLE PRECISION,
    cap            DOUBLE PRECISION,
    floor          DOUBLE PRECISION,
    capped         DOUBLE PRECISION,
    weight         DOUBLE PRECISION,
    weighted       DOUBLE PRECISION,
    peer_min       DOUBLE PRECISION,
    peer_max       DOUBLE PRECISION,
    peer_mean      DOUBLE PRECISION,
    peer_sd        DOUBLE PRECISION,
    peer_count     INTEGER NOT NULL,
    spec_low       DOUBLE PRECISION,
    spec_high      DOUBLE PRECISION,
    spec_scale     DOUBLE PRECISION,
    spec_target    DOUBLE PRECISION,
    sample_sd      BOOLEAN NOT NULL,
    cap_at_target  BOOLEAN NOT NULL
);

CREATE TABLE evaluation_result_dimension (
    run_id       BIGINT NOT NULL,
    credit_code  VARCHAR NOT NULL,
    position     INTEGER NOT NULL,
    dimension_id VARCHAR NOT NULL,
    name_zh      VARCHAR NOT NULL,
    weight       DOUBLE PRECISION,
    method       VARCHAR NOT NULL,
    score        DOUBLE PRECISION
);

-- Bonuses, deductions and vetoes that applied, with their reasons.
CREATE TABLE evaluation_result_adjustment (
    run_id       BIGINT NOT NULL,
    credit_code  VARCHAR NOT NULL,
    position     INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    rule_id      VARCHAR NOT NULL,
    name_zh      VARCHAR NOT NULL,
    trigger_name VARCHAR NOT NULL,
    occurrences  INTEGER NOT NULL,
    points       DOUBLE PRECISION,
    class_effect VARCHAR NOT NULL
);
