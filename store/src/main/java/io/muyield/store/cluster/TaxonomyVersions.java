package io.muyield.store.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.Database;
import io.muyield.store.StoredDecimal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Changes to the cluster taxonomy, each a new numbered version kept for good (version 0 = the reference data): a
 * cluster's scale target, a core GB/T 4754 code added or removed, a manual enterprise override added (counted in or
 * kept out of the cluster whatever its industry) or withdrawn. Figures say which version they used
 * ({@link ClusterOverview#taxonomyVersion()}).
 */
public final class TaxonomyVersions {

    /** What a version changed. */
    public enum Kind { TARGET, CODE_ADDED, CODE_REMOVED, OVERRIDE_INCLUDE, OVERRIDE_EXCLUDE, OVERRIDE_REMOVED }

    /**
     * One version: what changed (the cluster, the kind, its subject — the GB/T code or the credit code; the target and
     * target year for TARGET), by whom, when and why.
     */
    public record Change(int version, Instant createdAt, String createdBy, String reason, String clusterId, Kind kind, String subject,
                         Optional<BigDecimal> targetYuan, Integer targetYear) {
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
        if (targetYear < 2000 || targetYear > 2100) {
            throw new IllegalArgumentException("target year must be between 2000 and 2100, was " + targetYear);
        }
        if (targetYuan.isPresent() && targetYuan.get().signum() <= 0) {
            throw new IllegalArgumentException("a scale target must be positive, was " + targetYuan.get().toPlainString());
        }
        return newVersion(clusterId, by, reason, version -> database.jdbc().update(
                "INSERT INTO cluster_target (version, cluster_id, target_yuan, target_year) VALUES (?, ?, ?, ?)",
                version, clusterId, targetYuan.map(StoredDecimal::toColumn).orElse(null), targetYear));
    }

    /** Adds a core GB/T 4754 code (2–4 digits: 大类, 中类 or 小类) to a cluster as a new version; returns its number. */
    public int addCode(String clusterId, String code, String by, String reason) {
        IndustryCode industry = industry(code);
        Cluster cluster = cluster(clusterId);
        if (cluster.codes().stream().anyMatch(c -> c.core() && c.prefix().equals(industry))) {
            throw new IllegalArgumentException(clusterId + " already has core code " + industry.value());
        }
        return codeChange(clusterId, industry, true, by, reason);
    }

    /** Removes one of a cluster's core codes as a new version; returns its number. */
    public int removeCode(String clusterId, String code, String by, String reason) {
        IndustryCode industry = industry(code);
        Cluster cluster = cluster(clusterId);
        if (cluster.codes().stream().noneMatch(c -> c.core() && c.prefix().equals(industry))) {
            throw new IllegalArgumentException(clusterId + " has no core code " + industry.value());
        }
        return codeChange(clusterId, industry, false, by, reason);
    }

    /**
     * Adds a manual override for an enterprise of the register: {@code member} true counts it in the cluster whatever its
     * industry, false keeps it out; a new version, its number returned.
     */
    public int addOverride(String clusterId, String creditCode, boolean member, String by, String reason) {
        String code = registered(creditCode);
        cluster(clusterId);
        return overrideChange(clusterId, code, member, by, reason);
    }

    /** Withdraws an enterprise's override in a cluster as a new version; returns its number. */
    public int removeOverride(String clusterId, String creditCode, String by, String reason) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (!overrides().getOrDefault(clusterId, Map.of()).containsKey(code)) {
            throw new IllegalArgumentException(clusterId + " has no override for " + code);
        }
        return overrideChange(clusterId, code, null, by, reason);
    }

    /** Cluster id → credit code → member (true) or kept out (false): the overrides in force at the latest version. */
    public Map<String, Map<String, Boolean>> overrides() {
        return overrides(database);
    }

    static Map<String, Map<String, Boolean>> overrides(Database database) {
        Map<String, Map<String, Boolean>> out = new HashMap<>();
        database.jdbc().query("SELECT cluster_id, credit_code, member FROM cluster_override ORDER BY version", rs -> {
            boolean member = rs.getBoolean(3);
            boolean withdrawn = rs.wasNull();
            Map<String, Boolean> of = out.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>());
            if (withdrawn) {
                of.remove(rs.getString(2));
            } else {
                of.put(rs.getString(2), member);
            }
        });
        out.values().removeIf(Map::isEmpty);
        return out;
    }

    /** Every change, newest first. */
    public List<Change> history() {
        List<Change> out = new ArrayList<>();
        String head = "SELECT v.version, v.created_at, v.created_by, v.reason, ";
        database.jdbc().query(head + "t.cluster_id, t.target_yuan, t.target_year FROM taxonomy_version v "
                + "JOIN cluster_target t ON t.version = v.version", rs -> {
            out.add(new Change(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), Kind.TARGET,
                    null, Optional.ofNullable(StoredDecimal.fromColumn(rs.getBigDecimal(6))), rs.getInt(7)));
        });
        database.jdbc().query(head + "c.cluster_id, c.code_prefix, c.present FROM taxonomy_version v "
                + "JOIN cluster_code_change c ON c.version = v.version", rs -> {
            out.add(new Change(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getBoolean(7) ? Kind.CODE_ADDED : Kind.CODE_REMOVED, rs.getString(6), Optional.empty(), null));
        });
        database.jdbc().query(head + "o.cluster_id, o.credit_code, o.member FROM taxonomy_version v "
                + "JOIN cluster_override o ON o.version = v.version", rs -> {
            boolean member = rs.getBoolean(7);
            Kind kind = rs.wasNull() ? Kind.OVERRIDE_REMOVED : member ? Kind.OVERRIDE_INCLUDE : Kind.OVERRIDE_EXCLUDE;
            out.add(new Change(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), kind,
                    rs.getString(6), Optional.empty(), null));
        });
        out.sort(Comparator.comparingInt(Change::version).reversed());
        return out;
    }

    private int codeChange(String clusterId, IndustryCode code, boolean present, String by, String reason) {
        return newVersion(clusterId, by, reason, version -> database.jdbc().update(
                "INSERT INTO cluster_code_change (version, cluster_id, code_prefix, present) VALUES (?, ?, ?, ?)",
                version, clusterId, code.value(), present));
    }

    private int overrideChange(String clusterId, String creditCode, Boolean member, String by, String reason) {
        return newVersion(clusterId, by, reason, version -> database.jdbc().update(
                "INSERT INTO cluster_override (version, cluster_id, credit_code, member) VALUES (?, ?, ?, ?)",
                version, clusterId, creditCode, member));
    }

    private int newVersion(String clusterId, String by, String reason, IntConsumer change) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a taxonomy change needs a reason");
        }
        Integer known = database.jdbc().queryForObject("SELECT COUNT(*) FROM cluster WHERE id = ?", Integer.class, clusterId);
        if (known == null || known == 0) {
            throw new IllegalArgumentException("no cluster " + clusterId);
        }
        return database.inTransaction(() -> {
            int version = current() + 1;
            database.jdbc().update("INSERT INTO taxonomy_version (version, created_at, created_by, reason) VALUES (?, ?, ?, ?)",
                    version, Timestamp.from(clock.instant()), by, reason.strip());
            change.accept(version);
            return version;
        });
    }

    private Cluster cluster(String clusterId) {
        return new ClusterRepository(database).taxonomy().find(clusterId)
                .orElseThrow(() -> new IllegalArgumentException("no cluster " + clusterId));
    }

    private static IndustryCode industry(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<String> problem = IndustryCode.problemWith(value);
        if (problem.isEmpty() && value.length() == 1) {
            problem = Optional.of("a cluster's code is a 大类, 中类 or 小类 of 2–4 digits, not a 门类");
        }
        if (problem.isPresent()) {
            throw new IllegalArgumentException("not a GB/T 4754 code: '" + value + "' (" + problem.get() + ")");
        }
        return new IndustryCode(value);
    }

    private String registered(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        Integer known = database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, code);
        if (known == null || known == 0) {
            throw new IllegalArgumentException("no enterprise " + code + " in the register");
        }
        return code;
    }
}
