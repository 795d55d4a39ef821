-- Users of muyield, their role and data scope, and their personal API tokens.
-- role: CITY_ADMIN, CITY_ANALYST, DISTRICT_OFFICER, PARK_OFFICER, ENTERPRISE, AUDITOR.
-- scope_code: the district or functional-zone code (DISTRICT_OFFICER), park code (PARK_OFFICER) or credit code
-- (ENTERPRISE); NULL for the city-wide roles and the auditor.
CREATE TABLE app_user (
    username        VARCHAR PRIMARY KEY,
    password_hash   VARCHAR NOT NULL,
    role            VARCHAR NOT NULL,
    scope_code      VARCHAR,
    enabled         BOOLEAN NOT NULL,
    must_change     BOOLEAN NOT NULL,
    failed_logins   INTEGER NOT NULL,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP NOT NULL,
    created_by      VARCHAR NOT NULL
);

CREATE SEQUENCE api_token_id_seq START WITH 1;

-- Only the SHA-256 of a token is kept; the token itself is shown once, when it is created.
CREATE TABLE api_token (
    id          BIGINT PRIMARY KEY,
    username    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    token_hash  VARCHAR NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
