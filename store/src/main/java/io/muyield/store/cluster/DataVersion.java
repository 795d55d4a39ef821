package io.muyield.store.cluster;

import io.muyield.store.Database;

/**
 * A fingerprint of the imported data and the taxonomy: it changes whenever a batch is written, superseded or removed,
 * or the taxonomy gets a new version, so figures cached under it are refreshed and never served stale.
 */
public record DataVersion(long batches, long lastBatch, long activeSum, int taxonomy) {

    public static DataVersion of(Database database) {
        return database.jdbc().queryForObject("SELECT COUNT(*), COALESCE(MAX(id), 0), "
                        + "COALESCE(SUM(CASE WHEN status = 'ACTIVE' THEN id ELSE 0 END), 0), "
                        + "(SELECT COALESCE(MAX(version), 0) FROM taxonomy_version) FROM import_batch",
                (rs, n) -> new DataVersion(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)));
    }
}
