package io.muyield.store.cluster;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterCode;
import io.muyield.core.cluster.ClusterTaxonomy;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.cluster.Growth;
import io.muyield.core.cluster.TargetPath;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.Database;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The 33618 clusters' figures, from a {@link FactCube} of the caller's scope. An enterprise belongs to a cluster when
 * its main industry lies under one of the cluster's core codes; it is counted once per cluster, and once in any total
 * over several clusters (union of members, never a sum of cluster totals). Targets are in yuan in the taxonomy and
 * compared with the cluster's scale in 万元.
 */
public final class ClusterFigureRepository {

    private static final BigDecimal WAN = new BigDecimal("10000");

    private final FactCubeRepository cubes;
    private final ClusterRepository clusters;
    private final FiguresCache<List<Object>, List<TopEnterprise>> topCache = new FiguresCache<>(256);
    private final FiguresCache<List<Object>, ClusterOverview> overviewCache = new FiguresCache<>(64);
    private final FiguresCache<List<Object>, Optional<ClusterDetail>> detailCache = new FiguresCache<>(256);
    private final FiguresCache<String, Taxonomy> taxonomyCache = new FiguresCache<>(2);

    /** The clusters with their codes, and the manual enterprise overrides (cluster → credit code → counted in or out). */
    private record Taxonomy(ClusterTaxonomy clusters, Map<String, Map<String, Boolean>> overrides) {
        Map<String, Boolean> of(String clusterId) {
            return overrides.getOrDefault(clusterId, Map.of());
        }
    }

    public ClusterFigureRepository(FactCubeRepository cubes, ClusterRepository clusters) {
        this.cubes = cubes;
        this.clusters = clusters;
    }

    public ClusterFigureRepository(Database database) {
        this(new FactCubeRepository(database), new ClusterRepository(database));
    }

    /** Every cluster in the year, within the scope (kept until the next import). */
    public ClusterOverview overview(int year, Condition scope) {
        DataVersion version = DataVersion.of(cubes.database());
        return overviewCache.get(List.of(year, scope), version, () -> computeOverview(year, scope, version));
    }

    private Taxonomy taxonomy(DataVersion version) {
        return taxonomyCache.get("taxonomy", version, () -> new Taxonomy(clusters.taxonomy(), clusters.overrides()));
    }

    private ClusterOverview computeOverview(int year, Condition scope, DataVersion version) {
        Taxonomy taxonomy = taxonomy(version);
        FactCube cube = cubes.cube(scope);
        Membership members = new Membership(taxonomy, cube);
        List<ClusterProgress> rows = new ArrayList<>();
        for (int k = 0; k < members.clusters.size(); k++) {
            rows.add(progress(members, cube, k, year));
        }
        FactCube.Accumulator any = cube.accumulator();
        FactCube.Accumulator city = cube.accumulator();
        Map<ClusterTier, FactCube.Accumulator> tiers = new EnumMap<>(ClusterTier.class);
        for (ClusterTier t : ClusterTier.values()) {
            tiers.put(t, cube.accumulator());
        }
        for (int c = 0; c < cube.size(); c++) {
            if (cube.year(c) != year) {
                continue;
            }
            city.add(c);
            int[] of = members.of(c);
            if (of.length > 0) {
                any.add(c);
            }
            EnumMap<ClusterTier, Boolean> seen = new EnumMap<>(ClusterTier.class);
            for (int k : of) {
                ClusterTier t = members.clusters.get(k).tier();
                if (seen.put(t, true) == null) {
                    tiers.get(t).add(c);
                }
            }
        }
        Map<ClusterTier, Figures> byTier = new EnumMap<>(ClusterTier.class);
        tiers.forEach((t, a) -> byTier.put(t, a.figures()));
        return new ClusterOverview(year, cube.years(), version.taxonomy(), rows, any.figures(), byTier, city.figures());
    }

    /** One cluster: empty when the taxonomy has no such id (kept until the next import). */
    public Optional<ClusterDetail> detail(String clusterId, int year, Condition scope, int topLimit) {
        DataVersion version = DataVersion.of(cubes.database());
        return detailCache.get(List.of(clusterId, year, scope, topLimit), version, () -> computeDetail(clusterId, year, scope, topLimit, version));
    }

    private Optional<ClusterDetail> computeDetail(String clusterId, int year, Condition scope, int topLimit, DataVersion version) {
        Taxonomy taxonomy = taxonomy(version);
        Optional<Cluster> found = taxonomy.clusters().find(clusterId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FactCube cube = cubes.cube(scope);
        Membership members = new Membership(taxonomy, cube);
        int k = members.clusters.indexOf(found.get());
        Cluster cluster = found.get();
        List<ClusterDetail.YearFigures> series = new ArrayList<>();
        BigDecimal previous = null;
        for (int y : cube.years()) {
            Figures f = members.figures(cube, k, y);
            BigDecimal scale = f.scale(cluster.manufacturing());
            series.add(new ClusterDetail.YearFigures(y, f, scale,
                    previous == null ? OptionalDouble.empty() : Growth.yearOnYear(previous, scale)));
            previous = scale;
        }
        Map<String, FactCube.Accumulator> byDistrict = new TreeMap<>();
        for (int c = 0; c < cube.size(); c++) {
            if (cube.year(c) == year && members.counts(c, k)) {
                byDistrict.computeIfAbsent(cube.district(c), d -> cube.accumulator()).add(c);
            }
        }
        ClusterProgress progress = progress(members, cube, k, year);
        List<ClusterDetail.RegionShare> districts = new ArrayList<>();
        byDistrict.forEach((d, a) -> {
            Figures f = a.figures();
            BigDecimal scale = f.scale(cluster.manufacturing());
            BigDecimal share = progress.scale().signum() == 0 ? BigDecimal.ZERO : scale.divide(progress.scale(), MathContext.DECIMAL64);
            districts.add(new ClusterDetail.RegionShare(d, f, scale, share));
        });
        districts.sort((a, b) -> b.scale().compareTo(a.scale()));
        return Optional.of(new ClusterDetail(progress, version.taxonomy(), series, districts, top(cluster, year, scope, topLimit),
                visibleOverrides(taxonomy.of(clusterId), scope)));
    }

    /** The overrides naming enterprises within the scope: an override outside it would name a foreign enterprise. */
    private Map<String, Boolean> visibleOverrides(Map<String, Boolean> overrides, Condition scope) {
        if (overrides.isEmpty() || scope == Condition.all()) {
            return overrides;
        }
        Condition where = Condition.in(Column.CREDIT_CODE, overrides.keySet()).and(scope);
        List<String> visible = cubes.database().jdbc().queryForList("SELECT e.credit_code FROM enterprise e WHERE " + where.sql(),
                String.class, where.params().toArray());
        Map<String, Boolean> out = new TreeMap<>(overrides);
        out.keySet().retainAll(visible);
        return out;
    }

    /** The cluster's largest enterprises in the year by its scale measure (规上 first, then output or revenue). */
    public List<TopEnterprise> top(Cluster cluster, int year, Condition scope, int limit) {
        List<Object> key = List.of(cluster.id(), cluster.codes(), year, scope, limit);
        DataVersion version = DataVersion.of(cubes.database());
        return topCache.get(key, version, () -> queryTop(cluster, taxonomy(version).of(cluster.id()), year, scope, limit));
    }

    private List<TopEnterprise> queryTop(Cluster cluster, Map<String, Boolean> overrides, int year, Condition scope, int limit) {
        return TopEnterprise.query(cubes.database(), Condition.eq(Column.YEAR, year).and(members(cluster, overrides)).and(scope),
                cluster.manufacturing(), limit);
    }

    /**
     * The cluster's members as a condition over the register ({@code enterprise e}) under the current taxonomy version;
     * empty when there is no such cluster.
     */
    public Optional<Condition> members(String clusterId) {
        Taxonomy taxonomy = taxonomy(DataVersion.of(cubes.database()));
        return taxonomy.clusters().find(clusterId).map(c -> members(c, taxonomy.of(clusterId)));
    }

    /** Main industry under one of the cluster's core codes, or counted in by an override; and not kept out by one. */
    static Condition members(Cluster cluster, Map<String, Boolean> overrides) {
        Condition members = Condition.none();
        for (ClusterCode code : cluster.codes()) {
            if (code.core()) {
                members = members.or(Condition.startsWith(Column.INDUSTRY_CODE, code.prefix().value()));
            }
        }
        List<String> in = overrides.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        List<String> out = overrides.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        return members.or(Condition.in(Column.CREDIT_CODE, in)).and(Condition.notIn(Column.CREDIT_CODE, out));
    }

    private static ClusterProgress progress(Membership members, FactCube cube, int k, int year) {
        Cluster cluster = members.clusters.get(k);
        Figures now = members.figures(cube, k, year);
        BigDecimal scale = now.scale(cluster.manufacturing());
        OptionalDouble yoy = Growth.yearOnYear(members.figures(cube, k, year - 1).scale(cluster.manufacturing()), scale);
        int from = year;
        BigDecimal base = null;
        for (int y : cube.years()) {
            BigDecimal s = members.figures(cube, k, y).scale(cluster.manufacturing());
            if (y < year && s.signum() > 0) {
                from = y;
                base = s;
                break;
            }
        }
        OptionalDouble cagr = base == null ? OptionalDouble.empty() : Growth.compound(base, scale, year - from);
        Optional<TargetPath> target = cluster.targetYuan().map(t -> new TargetPath(scale, year,
                t.divide(WAN, MathContext.DECIMAL128), cluster.targetYear(), cagr));
        return new ClusterProgress(cluster, year, now, scale, yoy, cagr, from, target);
    }

    /** Which clusters each cell's industry counts towards, computed once per distinct industry code. */
    private static final class Membership {
        final List<Cluster> clusters;
        private final int[][] ofCell;
        private final Map<Long, Figures> memo = new HashMap<>();
        private Map<Integer, FactCube.Accumulator[]> byYear;

        Membership(Taxonomy taxonomy, FactCube cube) {
            this.clusters = taxonomy.clusters().all();
            Map<String, int[]> byIndustry = new HashMap<>();
            ofCell = new int[cube.size()][];
            for (int c = 0; c < cube.size(); c++) {
                int[] byCode = byIndustry.computeIfAbsent(cube.industry(c), code -> {
                    IndustryCode industry = new IndustryCode(code);
                    List<Integer> ks = new ArrayList<>();
                    for (int k = 0; k < clusters.size(); k++) {
                        if (clusters.get(k).counts(industry)) {
                            ks.add(k);
                        }
                    }
                    return ks.stream().mapToInt(Integer::intValue).toArray();
                });
                String own = cube.enterprise(c);
                if (own != null) {      // an enterprise with an override: its own cell, its industry's clusters ± overrides
                    java.util.TreeSet<Integer> ks = new java.util.TreeSet<>();
                    for (int k : byCode) {
                        ks.add(k);
                    }
                    for (int k = 0; k < clusters.size(); k++) {
                        Boolean member = taxonomy.of(clusters.get(k).id()).get(own);
                        if (member != null) {
                            if (member) {
                                ks.add(k);
                            } else {
                                ks.remove(k);
                            }
                        }
                    }
                    byCode = ks.stream().mapToInt(Integer::intValue).toArray();
                }
                ofCell[c] = byCode;
            }
        }

        int[] of(int cell) {
            return ofCell[cell];
        }

        boolean counts(int cell, int k) {
            for (int x : ofCell[cell]) {
                if (x == k) {
                    return true;
                }
            }
            return false;
        }

        /** The cluster's figures in the year (zero figures for a year without data); all (cluster, year) sums in one pass. */
        Figures figures(FactCube cube, int k, int year) {
            if (byYear == null) {
                byYear = new HashMap<>();
                for (int c = 0; c < cube.size(); c++) {
                    if (ofCell[c].length == 0) {
                        continue;
                    }
                    FactCube.Accumulator[] row = byYear.computeIfAbsent(cube.year(c), y -> new FactCube.Accumulator[clusters.size()]);
                    for (int x : ofCell[c]) {
                        if (row[x] == null) {
                            row[x] = cube.accumulator();
                        }
                        row[x].add(c);
                    }
                }
            }
            return memo.computeIfAbsent(((long) k << 32) | (year & 0xffffffffL), key -> {
                FactCube.Accumulator[] row = byYear.get(year);
                return (row == null || row[k] == null ? cube.accumulator() : row[k]).figures();
            });
        }
    }
}
