-- PostgreSQL only: the key of fact (batch first: a batch appends at the right edge of the index, and its facts are
-- found together), and B-tree indexes for the enterprise filters.
-- DuckDB needs none (its zone maps serve these scans) and an ART index would slow its bulk appends.
CREATE UNIQUE INDEX fact_key_idx ON fact (batch_id, credit_code, year, field);
CREATE INDEX enterprise_district_idx ON enterprise (district_code);
CREATE INDEX enterprise_zone_idx ON enterprise (zone_code);
CREATE INDEX enterprise_park_idx ON enterprise (park_code);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code);
CREATE INDEX enterprise_year_year_idx ON enterprise_year (year);
