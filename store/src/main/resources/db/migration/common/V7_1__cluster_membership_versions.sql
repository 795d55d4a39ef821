-- Membership edits as taxonomy versions (taxonomy_version holds who, when and why). Kept, never updated.
-- A core GB/T 4754 code added to (present = TRUE) or removed from (FALSE) a cluster; the reference cluster_code rows
-- are version 0 and later versions apply in order.
CREATE TABLE cluster_code_change (
    version     INTEGER NOT NULL,
    cluster_id  VARCHAR NOT NULL,
    code_prefix VARCHAR NOT NULL,
    present     BOOLEAN NOT NULL,
    PRIMARY KEY (version, cluster_id, code_prefix)
);

-- A manual enterprise override: member TRUE = counted in the cluster whatever its industry, FALSE = never counted,
-- NULL = the override is withdrawn. The latest version per (cluster, enterprise) holds.
CREATE TABLE cluster_override (
    version     INTEGER NOT NULL,
    cluster_id  VARCHAR NOT NULL,
    credit_code VARCHAR NOT NULL,
    member      BOOLEAN,
    PRIMARY KEY (version, cluster_id, credit_code)
);
