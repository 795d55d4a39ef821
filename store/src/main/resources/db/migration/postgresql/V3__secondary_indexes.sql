-- PostgreSQL only: the key of fact, and B-tree indexes for the filters and the per-batch refresh.
-- DuckDB needs none (its zone maps serve these scans) and an ART index would slow its bulk appends.
CREATE UNIQUE INDEX fact_key_idx ON fact (credit_code, year, field, batch_id);
CREATE INDEX enterprise_district_idx ON enterprise (district_code);
CREATE INDEX enterprise_zone_idx ON enterprise (zone_code);
CREATE INDEX enterprise_park_idx ON enterprise (park_code);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code);
CREATE INDEX fact_batch_idx ON fact (batch_id);
CREATE INDEX enterprise_year_year_idx ON enterprise_year (year);
