package io.muyield.store.cluster;

import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changes to the cluster taxonomy, each a new numbered version kept for good (version 0 = the reference data). Figures
 * say which version they used ({@link ClusterOverview#taxonomyVersion()}).
 */
public final class TaxonomyVersions {

    /** One version: what changed, by whom, when and why. */
    public record Change(int version, Instant createdAt, String createdBy, String reason, String clusterId,
                         Optional<BigDecimal> targetYuan, int targetYear) {
    }

    private final Database database;
    private final Clock clock;

    public TaxonomyVersions(Database database) {
        this(database, Clock.systemUTC());
    }

    public TaxonomyVersions(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The latest version; 0 while the taxonomy is the reference data. */
    public int current() {
        Integer v = database.jdbc().queryForObject("SELECT COALESCE(MAX(version), 0) FROM taxonomy_version", Integer.class);
        return v == null ? 0 : v;
    }

    /** Sets a cluster's scale target (yuan; empty = none) and target year as a new version; returns its number. */
    public int changeTarget(String clusterId, Optional<BigDecimal> targetYuan, int targetYear, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a taxonomy change needs a reason");
        }
        if (targetYear < 2000 || targetYear > 2100) {
            throw new IllegalArgumentException("target year must be between 2000 and 2100, was " + targetYear);
        }
        if (targetYuan.isPresent() && targetYuan.get().signum() <= 0) {
            throw new IllegalArgumentException("a scale target must be positive, was " + targetYuan.get().toPlainString());
        }
        Integer known = database.jdbc().queryForObject("SELECT COUNT(*) FROM cluster WHERE id = ?", Integer.class, clusterId);
        if (known == null || known == 0) {
            throw new IllegalArgumentException("no cluster " + clusterId);
        }
        return database.inTransaction(() -> {
            int version = current() + 1;
            database.jdbc().update("INSERT INTO taxonomy_version (version, created_at, created_by, reason) VALUES (?, ?, ?, ?)",
                    version, Timestamp.from(clock.instant()), by, reason.strip());
            database.jdbc().update("INSERT INTO cluster_target (version, cluster_id, target_yuan, target_year) VALUES (?, ?, ?, ?)",
                    version, clusterId, targetYuan.map(StoredDecimal::toColumn).orElse(null), targetYear);
            return version;
        });
    }

    /** Every change, newest first. */
    public List<Change> history() {
        return database.jdbc().query("SELECT v.version, v.created_at, v.created_by, v.reason, t.cluster_id, t.target_yuan, t.target_year "
                        + "FROM taxonomy_version v JOIN cluster_target t ON t.version = v.version ORDER BY v.version DESC",
                (rs, n) -> new Change(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                        Optional.ofNullable(StoredDecimal.fromColumn(rs.getBigDecimal(6))), rs.getInt(7)));
    }
}
