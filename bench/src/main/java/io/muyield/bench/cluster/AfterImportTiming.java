package io.muyield.bench.cluster;

import io.muyield.core.region.Region;
import io.muyield.store.Database;
import io.muyield.store.cluster.ClusterCube;
import io.muyield.store.cluster.ClusterFigureRepository;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.cluster.FactCubeRepository;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.region.League;
import io.muyield.store.region.RegionFigureRepository;
import io.muyield.store.region.RegionFigures;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.region.Scorecard;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The pre-aggregated cube at scale, on the database {@link ClusterFigureTiming} filled (1M enterprises × 2019–2024):
 * {@code java -cp … io.muyield.bench.cluster.AfterImportTiming DIR [RUNS]}.
 * <ol>
 *   <li>a full rebuild of {@code cluster_cube} (what a database upgraded to V9 pays once at start-up);</li>
 *   <li>the refresh an import adds to its transaction: a batch of one year (a 2024 tax file of every enterprise: its
 *   facts in {@code fact} beside 18M older ones, enterprise_year's 2024 tax changed) ends with
 *   {@link ClusterCube#refresh}, which finds the touched year and recomputes it; then a batch that re-registers 1,000
 *   enterprises unchanged (nothing to recompute), and one that moves 1,000 enterprises to another district (every year
 *   they have a record for is recomputed);</li>
 *   <li>after that import, the first request and p50/p95 of RUNS further requests of each endpoint's store work; every
 *   endpoint was called once before the import (as in a running server: code compiled, the previous data version's
 *   figures kept, which the import makes stale).</li>
 * </ol>
 */
public final class AfterImportTiming {

    private AfterImportTiming() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/muyield-cluster-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (Database db = Database.forDataDir(dir)) {
            history(db);
            FactCubeRepository cubes = new FactCubeRepository(db);
            ClusterFigureRepository clusters = new ClusterFigureRepository(cubes, new ClusterRepository(db));
            RegionFigureRepository regions = new RegionFigureRepository(db);
            List<String> codes = new RegionRepository(db).countyLevel().stream().map(Region::code).toList();
            Condition yubei = regions.within("500112").orElseThrow();
            Condition officer = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "500112"));
            Map<String, Supplier<Object>> endpoints = endpoints(clusters, regions, codes, yubei, officer);
            long t0 = System.nanoTime();
            db.inTransaction(() -> {
                ClusterCube.rebuild(db);
                return null;
            });
            System.out.printf("full rebuild of cluster_cube (6 years): %,.0f ms, %,d cells%n", ms(t0),
                    db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube", Long.class));
            endpoints.values().forEach(Supplier::get);    // as in a running server: code compiled, the previous version's figures kept

            long id = nextBatch(db);
            double[] refresh = new double[1];
            ClusterCube.Refreshed done = db.inTransaction(() -> {
                db.jdbc().update("INSERT INTO import_batch VALUES (?, 'tax', 2024, 'tax_2024.csv', 'h', CURRENT_TIMESTAMP, 'bench', 0, 0, 0, "
                        + "'ACTIVE', NULL, 'tax')", id);
                db.jdbc().update("INSERT INTO fact SELECT credit_code, 2024, 'tax', tax + 1, tax + 1, 'WAN_YUAN', ? FROM enterprise_year "
                        + "WHERE year = 2024", id);
                db.jdbc().update("UPDATE enterprise_year SET tax = tax + 1, tax_batch = ? WHERE year = 2024", id);
                long r0 = System.nanoTime();
                ClusterCube.Refreshed r = ClusterCube.refresh(db, id, List.of());
                refresh[0] = ms(r0);
                return r;
            });
            System.out.printf("refresh after a one-year batch (1,000,000 facts): %,.0f ms, years %s, full %s%n", refresh[0], done.years(), done.full());

            long reg = nextBatch(db);
            ClusterCube.Refreshed moved = db.inTransaction(() -> {
                db.jdbc().update("INSERT INTO import_batch VALUES (?, 'registration', 2024, 'reg.csv', 'h', CURRENT_TIMESTAMP, 'bench', 0, 0, 0, "
                        + "'ACTIVE', NULL, 'registration')", reg);
                db.jdbc().update("UPDATE enterprise SET batch_id = ? WHERE credit_code IN (SELECT credit_code FROM enterprise ORDER BY credit_code "
                        + "LIMIT 1000)", reg);
                long r0 = System.nanoTime();
                ClusterCube.Refreshed r = ClusterCube.refresh(db, reg, List.of());
                refresh[0] = ms(r0);
                return r;
            });
            System.out.printf("refresh after re-registering 1,000 enterprises unchanged: %,.0f ms, years %s, full %s%n", refresh[0], moved.years(),
                    moved.full());

            long move = nextBatch(db);
            ClusterCube.Refreshed relocated = db.inTransaction(() -> {
                db.jdbc().update("INSERT INTO import_batch VALUES (?, 'registration', 2024, 'reg2.csv', 'h', CURRENT_TIMESTAMP, 'bench', 0, 0, 0, "
                        + "'ACTIVE', NULL, 'registration')", move);
                db.jdbc().update("UPDATE enterprise SET batch_id = ?, district_code = CASE WHEN district_code = '500112' THEN '500107' "
                        + "ELSE '500112' END WHERE credit_code IN (SELECT credit_code FROM enterprise ORDER BY credit_code LIMIT 1000)", move);
                long r0 = System.nanoTime();
                ClusterCube.Refreshed r = ClusterCube.refresh(db, move, List.of());
                refresh[0] = ms(r0);
                return r;
            });
            System.out.printf("refresh after re-registering 1,000 enterprises in another district: %,.0f ms, years %s, %,d cells, full %s%n",
                    refresh[0], relocated.years(), relocated.cells(), relocated.full());
            System.out.println("cube current: " + ClusterCube.current(db));

            endpoints.forEach((what, call) -> time(what, runs, call));
            long l0 = System.nanoTime();
            cubes.live(Condition.all());
            System.out.printf("for comparison, the GROUP BY over enterprise_year it replaces: %,.0f ms%n", ms(l0));
        }
    }

    private static Map<String, Supplier<Object>> endpoints(ClusterFigureRepository clusters, RegionFigureRepository regions, List<String> codes,
                                                           Condition yubei, Condition officer) {
        Map<String, Supplier<Object>> out = new java.util.LinkedHashMap<>();
        out.put("GET /api/v1/clusters (30 clusters, 2024)", () -> clusters.overview(2024, Condition.all()));
        out.put("GET /api/v1/clusters/C02 (series, districts, top 10)", () -> clusters.detail("C02", 2024, Condition.all(), 10));
        out.put("GET /api/v1/regions/500112/summary (series, parks, clusters, top 10)", () -> {
            regions.total(yubei);
            regions.byRegion(RegionFigureRepository.Level.PARK, yubei);
            clusters.overview(2024, yubei);
            return regions.top(yubei, 2024, 10);
        });
        out.put("GET /api/v1/league/districts (41 units, 4 metrics, movement)", () -> {
            Map<Integer, Map<String, RegionFigures>> byYear = new TreeMap<>();
            regions.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all())
                    .forEach((y, r) -> byYear.computeIfAbsent(y, k -> new HashMap<>()).putAll(r));
            regions.byRegion(RegionFigureRepository.Level.ZONE, Condition.all())
                    .forEach((y, r) -> byYear.computeIfAbsent(y, k -> new HashMap<>()).putAll(r));
            return League.rank(codes, byYear, regions.total(Condition.all()), Scorecard.chongqingCore(), 2024);
        });
        out.put("GET /api/v1/clusters as 渝北's district officer", () -> clusters.overview(2024, officer));
        return out;
    }

    /** Facts of older batches, so that finding a batch's years scans a fact table of realistic size (18M rows). */
    private static void history(Database db) {
        Long facts = db.jdbc().queryForObject("SELECT COUNT(*) FROM fact", Long.class);
        if (facts != null && facts > 0) {
            return;
        }
        long t0 = System.nanoTime();
        for (String field : new String[]{"output", "revenue", "land_owned"}) {
            db.jdbc().update("INSERT INTO fact SELECT credit_code, year, ?, COALESCE(" + field + ", 0), COALESCE(" + field + ", 0), 'WAN_YUAN', 1 "
                    + "FROM enterprise_year ORDER BY year", field);
        }
        System.out.printf("older facts written in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static long nextBatch(Database db) {
        Long id = db.jdbc().queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch", Long.class);
        return id == null ? 1 : id;
    }

    private static void time(String what, int runs, Supplier<Object> call) {
        long t0 = System.nanoTime();
        call.get();
        double first = ms(t0);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            call.get();
            ms[i] = ms(s);
        }
        Arrays.sort(ms);
        System.out.printf("%-72s first %8.1f ms   then p50 %6.2f ms  p95 %6.2f ms%n", what, first, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1]);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
