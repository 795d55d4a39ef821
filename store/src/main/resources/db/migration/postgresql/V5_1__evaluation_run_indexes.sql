-- PostgreSQL only: keys and the filters of the results pages. DuckDB needs none (the rows of a run are appended
-- together, so its zone maps on run_id serve these scans) and ART indexes would slow the bulk appends.
CREATE UNIQUE INDEX evaluation_result_key_idx ON evaluation_result (run_id, credit_code);
CREATE INDEX evaluation_result_district_idx ON evaluation_result (run_id, district_code);
CREATE INDEX evaluation_result_park_idx ON evaluation_result (run_id, park_code);
CREATE INDEX evaluation_result_industry_idx ON evaluation_result (run_id, industry_code);
CREATE INDEX evaluation_result_class_idx ON evaluation_result (run_id, class_label);
CREATE INDEX evaluation_result_indicator_key_idx ON evaluation_result_indicator (run_id, credit_code);
CREATE INDEX evaluation_result_dimension_key_idx ON evaluation_result_dimension (run_id, credit_code);
CREATE INDEX evaluation_result_adjustment_key_idx ON evaluation_result_adjustment (run_id, credit_code);
CREATE INDEX evaluation_input_value_key_idx ON evaluation_input_value (run_id, credit_code);
CREATE INDEX evaluation_input_mark_key_idx ON evaluation_input_mark (run_id, credit_code);
CREATE INDEX evaluation_run_log_key_idx ON evaluation_run_log (run_id);
CREATE INDEX evaluation_run_log_value_key_idx ON evaluation_run_log_value (run_id);
