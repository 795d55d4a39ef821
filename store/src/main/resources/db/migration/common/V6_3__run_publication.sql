-- The notice period (公示) of a stored run, kept beside the immutable run: DRAFT → PUBLISHED (notice until an end date;
-- appeals open) → CLOSED (appeals closed) → FINAL (定稿). A run without a row is DRAFT. Only forward moves.
CREATE TABLE run_publication (
    run_id      BIGINT PRIMARY KEY,
    state       VARCHAR NOT NULL,
    notice_end  DATE,
    changed_by  VARCHAR NOT NULL,
    changed_at  TIMESTAMP NOT NULL
);

-- Every move, in order: from, to, the notice end it set, who and when.
CREATE TABLE run_publication_step (
    run_id      BIGINT NOT NULL,
    position    INTEGER NOT NULL,
    from_state  VARCHAR NOT NULL,
    to_state    VARCHAR NOT NULL,
    notice_end  DATE,
    actor       VARCHAR NOT NULL,
    step_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, position)
);
