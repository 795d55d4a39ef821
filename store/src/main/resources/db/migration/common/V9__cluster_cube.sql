-- The fact cube, pre-aggregated: enterprise ⋈ enterprise_year summed by (year, district, functional zone, park, main
-- industry), so the cluster, region, league and map figures read a few hundred thousand cells instead of every
-- enterprise-year. Refreshed inside the import's transaction for the years a batch touched (store/cluster/ClusterCube),
-- so it always matches enterprise_year. The dimensions are the ones data scopes and regions filter on (a scope over other
-- columns, e.g. one enterprise, is answered from enterprise_year instead). Sums of amounts keep enterprise_year's six
-- decimals; each ratio indicator of DOMAIN.md §5 keeps Σ numerator, Σ denominator and the count over enterprise-years
-- where the denominator is > 0 and the numerator known (core's RatioAggregate rule).
CREATE TABLE cluster_cube (
    year                           INTEGER NOT NULL,
    district_code                  VARCHAR NOT NULL,
    zone_code                      VARCHAR,
    park_code                      VARCHAR,
    industry_code                  VARCHAR NOT NULL,
    enterprises                    BIGINT NOT NULL,
    above_scale                    BIGINT NOT NULL,
    output                         DECIMAL(38, 6),
    output_above_scale             DECIMAL(38, 6),
    revenue                        DECIMAL(38, 6),
    revenue_above_scale            DECIMAL(38, 6),
    value_added                    DECIMAL(38, 6),
    tax                            DECIMAL(38, 6),
    land_used_mu                   DECIMAL(38, 6),
    tax_per_mu_num                 DECIMAL(38, 6),
    tax_per_mu_den                 DECIMAL(38, 6),
    tax_per_mu_n                   BIGINT NOT NULL,
    value_added_per_mu_num         DECIMAL(38, 6),
    value_added_per_mu_den         DECIMAL(38, 6),
    value_added_per_mu_n           BIGINT NOT NULL,
    output_per_mu_num              DECIMAL(38, 6),
    output_per_mu_den              DECIMAL(38, 6),
    output_per_mu_n                BIGINT NOT NULL,
    revenue_per_mu_num             DECIMAL(38, 6),
    revenue_per_mu_den             DECIMAL(38, 6),
    revenue_per_mu_n               BIGINT NOT NULL,
    energy_productivity_num        DECIMAL(38, 6),
    energy_productivity_den        DECIMAL(38, 6),
    energy_productivity_n          BIGINT NOT NULL,
    tax_per_kwh_num                DECIMAL(38, 6),
    tax_per_kwh_den                DECIMAL(38, 6),
    tax_per_kwh_n                  BIGINT NOT NULL,
    water_productivity_num         DECIMAL(38, 6),
    water_productivity_den         DECIMAL(38, 6),
    water_productivity_n           BIGINT NOT NULL,
    rd_intensity_num               DECIMAL(38, 6),
    rd_intensity_den               DECIMAL(38, 6),
    rd_intensity_n                 BIGINT NOT NULL,
    labour_productivity_num        DECIMAL(38, 6),
    labour_productivity_den        DECIMAL(38, 6),
    labour_productivity_n          BIGINT NOT NULL
);

-- The dimensions the cube placed each enterprise under when it was last refreshed: a registration batch that re-registers
-- enterprises recomputes the years of those whose district, zone, park or industry actually changed (the others, and
-- new enterprises, cost nothing).
CREATE TABLE cluster_cube_member (
    credit_code   VARCHAR NOT NULL,
    district_code VARCHAR NOT NULL,
    zone_code     VARCHAR,
    park_code     VARCHAR,
    industry_code VARCHAR NOT NULL
);

-- Which state of import_batch the cube was last made consistent with (the fingerprint of store/cluster/DataVersion:
-- number of batches, highest id, sum of ACTIVE ids). Readers use the cube only while it equals the current fingerprint;
-- -1 = never built (an existing database upgraded to V9): the server rebuilds it at start-up, readers query
-- enterprise_year until then.
CREATE TABLE cluster_cube_state (
    id          INTEGER PRIMARY KEY,
    batches     BIGINT NOT NULL,
    last_batch  BIGINT NOT NULL,
    active_sum  BIGINT NOT NULL
);
INSERT INTO cluster_cube_state (id, batches, last_batch, active_sum) VALUES (1, -1, -1, -1);
