-- PostgreSQL only: tags and event details are read per year (a run) and per enterprise (its page).
CREATE INDEX enterprise_tag_year_idx ON enterprise_tag (year, credit_code);
CREATE INDEX enterprise_event_detail_code_idx ON enterprise_event_detail (credit_code, year);
