-- Reference data: regions, groupings, parks, GB/T 4754-2017, the 33618 clusters, energy factors.
-- Portable SQL only (DuckDB and PostgreSQL run this same file).

CREATE TABLE region (
    code               VARCHAR PRIMARY KEY,
    name_zh            VARCHAR NOT NULL,
    name_en            VARCHAR NOT NULL,
    kind               VARCHAR NOT NULL,
    parent_code        VARCHAR,
    national_code      BOOLEAN NOT NULL,
    overlaps_districts VARCHAR
);

-- A dated grouping of the 38 districts and counties (一区两群 2020, and the 2024 plan that moves 垫江).
-- Functional zones are not members: they overlap districts, and a grouping must partition the municipality.
CREATE TABLE region_grouping (
    grouping    VARCHAR NOT NULL,
    region_code VARCHAR NOT NULL,
    group_code  VARCHAR NOT NULL,
    PRIMARY KEY (grouping, region_code)
);

CREATE TABLE park (
    code        VARCHAR PRIMARY KEY,
    name_zh     VARCHAR NOT NULL,
    region_code VARCHAR NOT NULL,
    level       VARCHAR NOT NULL
);

CREATE TABLE industry_class (
    code        VARCHAR PRIMARY KEY,
    level       INTEGER NOT NULL,
    name_zh     VARCHAR NOT NULL,
    name_en     VARCHAR,
    parent_code VARCHAR,
    section     VARCHAR NOT NULL
);

CREATE TABLE cluster (
    id               VARCHAR PRIMARY KEY,
    tier             VARCHAR NOT NULL,
    name_zh          VARCHAR NOT NULL,
    name_en          VARCHAR NOT NULL,
    target_yuan      DECIMAL(24, 6),
    target_year      INTEGER NOT NULL,
    manufacturing    BOOLEAN NOT NULL,
    official_mapping BOOLEAN NOT NULL,
    basis            VARCHAR NOT NULL,
    name_basis       VARCHAR,
    overlaps_note    VARCHAR,
    reasoning        VARCHAR
);

-- One industry-code prefix of a cluster: core codes count towards its scale, related ones are only shown;
-- partial = the code belongs to the cluster only in part (a trailing * in the draft mapping).
CREATE TABLE cluster_code (
    cluster_id  VARCHAR NOT NULL,
    code_prefix VARCHAR NOT NULL,
    core        BOOLEAN NOT NULL,
    partial     BOOLEAN NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, code_prefix)
);

-- energy_factors.csv as published (value kept as text: some rows give ranges), plus the number where there is one.
CREATE TABLE energy_factor (
    id              INTEGER PRIMARY KEY,
    category        VARCHAR NOT NULL,
    item_zh         VARCHAR NOT NULL,
    item_en         VARCHAR,
    parameter       VARCHAR NOT NULL,
    value           VARCHAR NOT NULL,
    value_number    DECIMAL(38, 20),
    unit            VARCHAR,
    version_or_year VARCHAR,
    region          VARCHAR,
    source          VARCHAR,
    confidence      VARCHAR,
    note            VARCHAR
);
