-- Enterprises, their yearly facts, and the import batches every fact points to.

CREATE SEQUENCE import_batch_id_seq START WITH 1;

-- One delivery (a department file, a generated data set): the provenance of every fact.
-- status: ACTIVE or SUPERSEDED (superseded_by names the batch that replaced it).
CREATE TABLE import_batch (
    id            BIGINT PRIMARY KEY,
    source        VARCHAR NOT NULL,
    year          INTEGER,
    file_name     VARCHAR,
    file_hash     VARCHAR,
    created_at    TIMESTAMP NOT NULL,
    created_by    VARCHAR NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_accepted BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    status        VARCHAR NOT NULL,
    superseded_by BIGINT
);

CREATE TABLE enterprise (
    credit_code   VARCHAR PRIMARY KEY,
    name          VARCHAR NOT NULL,
    district_code VARCHAR NOT NULL,
    zone_code     VARCHAR,
    park_code     VARCHAR,
    industry_code VARCHAR NOT NULL,
    founded       DATE NOT NULL,
    status        VARCHAR NOT NULL,
    batch_id      BIGINT NOT NULL
);

-- Long form: every value as reported (value and unit) and in its canonical unit, with the batch it came from.
-- field is a FactField column name, or above_scale (规模标志, 1 or 0) for batches that report the scale flag.
-- Key: (credit_code, year, field, batch_id). The writer guarantees it (a new batch id per write, duplicates refused);
-- PostgreSQL also enforces it with a unique index. DuckDB does not: an ART index would make bulk appends ~3× slower.
CREATE TABLE fact (
    credit_code    VARCHAR NOT NULL,
    year           INTEGER NOT NULL,
    field          VARCHAR NOT NULL,
    value          DECIMAL(24, 6) NOT NULL,
    reported_value DECIMAL(24, 6),
    reported_unit  VARCHAR,
    batch_id       BIGINT NOT NULL
);

-- Wide form, fused from fact (per field, the value of the latest ACTIVE batch): what queries read.
-- Each value column has a <column>_batch beside it; land_used_mu = land_owned + land_leased (NULL when both are).
CREATE TABLE enterprise_year (
    credit_code       VARCHAR NOT NULL,
    year              INTEGER NOT NULL,
    above_scale       BOOLEAN NOT NULL,
    above_scale_batch BIGINT,
    tax               DECIMAL(24, 6),
    tax_batch         BIGINT,
    revenue           DECIMAL(24, 6),
    revenue_batch     BIGINT,
    output            DECIMAL(24, 6),
    output_batch      BIGINT,
    value_added       DECIMAL(24, 6),
    value_added_batch BIGINT,
    rd_spending       DECIMAL(24, 6),
    rd_spending_batch BIGINT,
    employees         DECIMAL(24, 6),
    employees_batch   BIGINT,
    energy            DECIMAL(24, 6),
    energy_batch      BIGINT,
    electricity       DECIMAL(24, 6),
    electricity_batch BIGINT,
    water             DECIMAL(24, 6),
    water_batch       BIGINT,
    cod               DECIMAL(24, 6),
    cod_batch         BIGINT,
    ammonia_nitrogen  DECIMAL(24, 6),
    ammonia_nitrogen_batch BIGINT,
    so2               DECIMAL(24, 6),
    so2_batch         BIGINT,
    nox               DECIMAL(24, 6),
    nox_batch         BIGINT,
    land_owned        DECIMAL(24, 6),
    land_owned_batch  BIGINT,
    land_leased       DECIMAL(24, 6),
    land_leased_batch BIGINT,
    land_used_mu      DECIMAL(24, 6),
    PRIMARY KEY (credit_code, year)
);
