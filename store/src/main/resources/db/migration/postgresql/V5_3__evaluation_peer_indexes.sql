-- PostgreSQL only: the keys of the slimmed indicator rows (V5_2 rebuilt the table, dropping its index) and of the
-- peer parameter sets.
CREATE INDEX evaluation_result_indicator_key_idx ON evaluation_result_indicator (run_id, credit_code);
CREATE UNIQUE INDEX evaluation_result_peers_key_idx ON evaluation_result_peers (run_id, peer_id);
