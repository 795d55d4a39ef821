-- The cluster taxonomy as versioned data: the reference rows in cluster/cluster_code are version 0; every change a city
-- administrator makes is a new version (kept, never updated), with who, when and why. A cluster's target is the one of
-- the latest version that changed it (or the reference row's when none did).
CREATE TABLE taxonomy_version (
    version    INTEGER PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL
);

CREATE TABLE cluster_target (
    version     INTEGER NOT NULL,
    cluster_id  VARCHAR NOT NULL,
    target_yuan DECIMAL(24, 6),
    target_year INTEGER NOT NULL,
    PRIMARY KEY (version, cluster_id)
);
