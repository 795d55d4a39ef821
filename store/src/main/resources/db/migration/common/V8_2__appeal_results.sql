-- Appeals against an evaluation result, beside those against a fact: field 'result' names the result of the
-- enterprise in run run_id, and such an appeal claims no value (claimed_value NULL). Fact appeals keep run_id NULL.
ALTER TABLE appeal ADD COLUMN run_id BIGINT;
ALTER TABLE appeal ALTER COLUMN claimed_value DROP NOT NULL;
