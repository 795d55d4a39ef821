package io.muyield.store.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterCode;
import io.muyield.core.cluster.ClusterTaxonomy;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the 33618 cluster taxonomy with its industry-code membership. */
public final class ClusterRepository {

    private final Database database;

    public ClusterRepository(Database database) {
        this.database = database;
    }

    /**
     * Every cluster, ordered by id (C01…C12, then the 新星 S01…S18), codes in file order with the core codes added and
     * removed by later taxonomy versions applied in order (added ones last), each target as the latest taxonomy version
     * that changed it sets it (the reference data's when none did).
     */
    public ClusterTaxonomy taxonomy() {
        Map<String, Object[]> targets = new java.util.HashMap<>();
        database.jdbc().query("SELECT t.cluster_id, t.target_yuan, t.target_year FROM cluster_target t WHERE t.version = "
                + "(SELECT MAX(t2.version) FROM cluster_target t2 WHERE t2.cluster_id = t.cluster_id)", rs -> {
            targets.put(rs.getString(1), new Object[]{io.muyield.store.StoredDecimal.fromColumn(rs.getBigDecimal(2)), rs.getInt(3)});
        });
        Map<String, List<ClusterCode>> codes = new LinkedHashMap<>();
        database.jdbc().query("SELECT cluster_id, code_prefix, core, partial FROM cluster_code ORDER BY cluster_id, position", rs -> {
            codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new ClusterCode(new IndustryCode(rs.getString(2)), rs.getBoolean(3), rs.getBoolean(4)));
        });
        // membership edits, in version order: a core code added, or a core code removed
        database.jdbc().query("SELECT cluster_id, code_prefix, present FROM cluster_code_change ORDER BY version", rs -> {
            List<ClusterCode> of = codes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            IndustryCode code = new IndustryCode(rs.getString(2));
            of.removeIf(c -> c.core() && c.prefix().equals(code));
            if (rs.getBoolean(3)) {
                of.add(new ClusterCode(code, true, false));
            }
        });
        List<Cluster> clusters = database.jdbc().query(
                "SELECT id, tier, name_zh, name_en, target_yuan, target_year, manufacturing, official_mapping, basis FROM cluster ORDER BY id",
                (rs, n) -> new Cluster(rs.getString("id"), ClusterTier.valueOf(rs.getString("tier")), rs.getString("name_zh"),
                        rs.getString("name_en"),
                        targets.containsKey(rs.getString("id")) ? Optional.ofNullable((java.math.BigDecimal) targets.get(rs.getString("id"))[0])
                                : Optional.ofNullable(rs.getBigDecimal("target_yuan")).map(io.muyield.store.StoredDecimal::fromColumn),
                        targets.containsKey(rs.getString("id")) ? (Integer) targets.get(rs.getString("id"))[1] : rs.getInt("target_year"),
                        rs.getBoolean("manufacturing"),
                        codes.getOrDefault(rs.getString("id"), List.of()), rs.getBoolean("official_mapping"), rs.getString("basis")));
        return new ClusterTaxonomy(clusters);
    }

    /** Cluster id → credit code → counted in (true) or kept out (false): the manual overrides in force. */
    public Map<String, Map<String, Boolean>> overrides() {
        return TaxonomyVersions.overrides(database);
    }
}
