package io.muyield.bench.cluster;

import io.muyield.core.region.Region;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.cluster.FactCubeRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.region.League;
import io.muyield.store.region.RegionFigureRepository;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.region.Scorecard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Latency of what the cluster, region and league endpoints ask the store, on a DuckDB of N enterprises × 2019–2024
 * filled by SQL (deterministic hash-based values): {@code java -cp … io.muyield.bench.cluster.ClusterFigureTiming DIR [N] [RUNS]}.
 * Prints the cold time (first call after an import: the GROUP BY over all enterprise-years) and p50/p95 of RUNS warm calls.
 */
public final class ClusterFigureTiming {

    private ClusterFigureTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/muyield-cluster-bench");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Files.createDirectories(dir);
        try (Database db = Database.forDataDir(dir)) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            fill(db, n);
            if (ClusterCube.rebuildIfStale(db)) {       // filled by SQL, not by the import writers: build the cube once
                System.out.println("cluster_cube rebuilt");
            }
            FactCubeRepository cubes = new FactCubeRepository(db);
            ClusterFigureRepository clusters = new ClusterFigureRepository(cubes, new ClusterRepository(db));
            RegionFigureRepository regions = new RegionFigureRepository(db);
            List<String> codes = new RegionRepository(db).countyLevel().stream().map(Region::code).toList();
            Condition yubei = regions.within("500112").orElseThrow();
            time("GET /api/v1/clusters (30 clusters, 2024)", runs, () -> clusters.overview(2024, Condition.all()));
            time("GET /api/v1/clusters/C02 (series, districts, top 10)", runs, () -> clusters.detail("C02", 2024, Condition.all(), 10));
            time("GET /api/v1/regions/500112/summary (series, parks, clusters, top 10)", runs, () -> {
                regions.total(yubei);
                regions.byRegion(RegionFigureRepository.Level.PARK, yubei);
                clusters.overview(2024, yubei);
                return regions.top(yubei, 2024, 10);
            });
            time("GET /api/v1/league/districts (41 units, 4 metrics, movement)", runs, () -> {
                var byYear = new java.util.TreeMap<Integer, java.util.Map<String, io.muyield.store.region.RegionFigures>>();
                regions.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all())
                        .forEach((y, r) -> byYear.computeIfAbsent(y, k -> new java.util.HashMap<>()).putAll(r));
                regions.byRegion(RegionFigureRepository.Level.ZONE, Condition.all())
                        .forEach((y, r) -> byYear.computeIfAbsent(y, k -> new java.util.HashMap<>()).putAll(r));
                return League.rank(codes, byYear, regions.total(Condition.all()), Scorecard.chongqingCore(), 2024);
            });
        }
    }

    private static void time(String what, int runs, Supplier<Object> call) {
        long t0 = System.nanoTime();
        call.get();
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-72s cold %8.1f ms   warm p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms%n", what, cold,
                ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
    }

    /** N enterprises in the 38 districts (every 20th in a functional zone, every 7th in a park), manufacturing classes, 6 years. */
    private static void fill(Database db, int n) {
        Long present = db.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
        if (present != null && present >= n) {
            System.out.printf("using the %,d enterprises already in %s%n", present, db.url());
            return;
        }
        long t0 = System.nanoTime();
        List<String> districts = new RegionRepository(db).all().stream().filter(r -> r.nationalCode() && !r.code().equals("500000"))
                .map(Region::code).toList();
        List<String> industries = db.jdbc().queryForList("SELECT code FROM industry_class WHERE level = 4 AND code >= '13' AND code < '44' ORDER BY code",
                String.class);
        List<String> parks = new ArrayList<>();
        for (String d : districts) {
            parks.add("BP-" + d);
            db.jdbc().update("INSERT INTO park (code, name_zh, region_code, level) VALUES (?, ?, ?, 'MUNICIPAL')", "BP-" + d, "园区" + d, d);
        }
        db.jdbc().update("INSERT INTO import_batch VALUES (1, 'bench', NULL, NULL, NULL, CURRENT_TIMESTAMP, 'bench', 0, 0, 0, 'ACTIVE', NULL, NULL)");
        String dList = list(districts);
        String iList = list(industries);
        db.jdbc().execute("INSERT INTO enterprise SELECT 'B' || lpad(CAST(i AS VARCHAR), 17, '0'), '企业' || i, "
                + dList + "[1 + CAST(hash(i) % " + districts.size() + " AS BIGINT)], "
                + "CASE WHEN i % 20 = 0 THEN ['CQ-LJXQ', 'CQ-GXQ', 'CQ-WSJKQ'][1 + (i // 20) % 3] END, "
                + "CASE WHEN i % 7 = 0 THEN 'BP-' || " + dList + "[1 + CAST(hash(i) % " + districts.size() + " AS BIGINT)] END, "
                + iList + "[1 + CAST(hash(i * 31) % " + industries.size() + " AS BIGINT)], DATE '2010-01-01', 'ACTIVE', 1 FROM range(" + n + ") t(i)");
        db.jdbc().execute("INSERT INTO enterprise_year (credit_code, year, above_scale, tax, revenue, output, value_added, rd_spending, "
                + "employees, energy, electricity, water, land_owned, land_leased, land_used_mu) "
                + "SELECT e.credit_code, y, h % 5 = 0, (h % 5000) / 10.0, (h % 200000) / 10.0 + 10, (h % 180000) / 10.0 + 10, "
                + "(h % 40000) / 10.0, (h % 900) / 10.0, 5 + h % 300, (h % 9000) / 10.0, h % 900000, h % 50000, "
                + "CASE WHEN h % 4 = 0 THEN NULL ELSE (h % 800) / 10.0 END, (h % 100) / 10.0, "
                + "COALESCE(CASE WHEN h % 4 = 0 THEN NULL ELSE (h % 800) / 10.0 END, 0) + (h % 100) / 10.0 "
                + "FROM (SELECT e.credit_code, y, CAST(hash(e.credit_code || CAST(y AS VARCHAR)) % 1000000007 AS BIGINT) AS h FROM enterprise e, range(2019, 2025) r(y)) e");
        System.out.printf("filled %,d enterprises × 6 years in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values.stream().map(v -> "'" + v + "'").toList()) + "]";
    }
}
