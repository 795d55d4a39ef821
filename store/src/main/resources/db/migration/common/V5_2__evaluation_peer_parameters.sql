-- How an indicator was normalised is the same for every enterprise of a peer group (indicator, dimension, normaliser,
-- sign, cap, floor and the peer parameters fitted on the group), so it is stored once per run and set in
-- evaluation_result_peers; each indicator row names its set by peer_id (16 columns fewer per row, 5 of them strings).
-- Runs stored before keep their values: the distinct sets of each run are numbered and the rows rewritten.

CREATE TABLE evaluation_result_peers (
    run_id        BIGINT NOT NULL,
    peer_id       INTEGER NOT NULL,
    indicator_id  VARCHAR NOT NULL,
    dimension_id  VARCHAR NOT NULL,
    normaliser    VARCHAR NOT NULL,
    sign          INTEGER NOT NULL,
    cap           DOUBLE PRECISION,
    floor         DOUBLE PRECISION,
    peer_min      DOUBLE PRECISION,
    peer_max      DOUBLE PRECISION,
    peer_mean     DOUBLE PRECISION,
    peer_sd       DOUBLE PRECISION,
    peer_count    INTEGER NOT NULL,
    spec_low      DOUBLE PRECISION,
    spec_high     DOUBLE PRECISION,
    spec_scale    DOUBLE PRECISION,
    spec_target   DOUBLE PRECISION,
    sample_sd     BOOLEAN NOT NULL,
    cap_at_target BOOLEAN NOT NULL
);

CREATE TABLE evaluation_result_indicator_slim (
    run_id         BIGINT NOT NULL,
    credit_code    VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    peer_id        INTEGER NOT NULL,
    raw            DOUBLE PRECISION,
    value          DOUBLE PRECISION,
    note           VARCHAR NOT NULL,
    benchmark      DOUBLE PRECISION,
    benchmark_note VARCHAR NOT NULL,
    normalised     DOUBLE PRECISION,
    capped         DOUBLE PRECISION,
    weight         DOUBLE PRECISION,
    weighted       DOUBLE PRECISION
);

-- DENSE_RANK orders NULLs as equal to each other, so equal sets (NULLs included) get one number per run.
CREATE TABLE evaluation_peer_migration AS
SELECT i.*, CAST(DENSE_RANK() OVER (PARTITION BY i.run_id ORDER BY i.indicator_id, i.dimension_id, i.normaliser, i.sign, i.cap, i.floor,
           i.peer_min, i.peer_max, i.peer_mean, i.peer_sd, i.peer_count, i.spec_low, i.spec_high, i.spec_scale, i.spec_target,
           i.sample_sd, i.cap_at_target) - 1 AS INTEGER) AS peer_id
FROM evaluation_result_indicator i;

INSERT INTO evaluation_result_peers
SELECT DISTINCT run_id, peer_id, indicator_id, dimension_id, normaliser, sign, cap, floor, peer_min, peer_max, peer_mean, peer_sd,
       peer_count, spec_low, spec_high, spec_scale, spec_target, sample_sd, cap_at_target
FROM evaluation_peer_migration;

INSERT INTO evaluation_result_indicator_slim
SELECT run_id, credit_code, position, peer_id, raw, value, note, benchmark, benchmark_note, normalised, capped, weight, weighted
FROM evaluation_peer_migration;

DROP TABLE evaluation_peer_migration;
DROP TABLE evaluation_result_indicator;
ALTER TABLE evaluation_result_indicator_slim RENAME TO evaluation_result_indicator;
