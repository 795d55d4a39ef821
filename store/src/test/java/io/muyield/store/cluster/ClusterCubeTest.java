package io.muyield.store.cluster;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Source;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.region.RegionFigureRepository;
import io.muyield.store.region.RegionFigures;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import io.muyield.store.write.FieldPriority;
import io.muyield.store.write.FileBatchWriter;
import io.muyield.store.write.ReportedQuantities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.muyield.core.fact.FactField.OUTPUT;
import static io.muyield.core.fact.FactField.TAX;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pre-aggregated cube (V9) against the GROUP BY over enterprise_year it replaces, on ClusterCity: the same cells for
 * every scope it can express, refreshed by the writers for the years a batch touches, rolled back with a failed batch.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class ClusterCubeTest {

    private static final Condition DISTRICT_OFFICER = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "500112"));
    private static final Condition ZONE_OFFICER = Condition.eq(Column.DISTRICT_CODE, "CQ-LJXQ").or(Condition.eq(Column.ZONE_CODE, "CQ-LJXQ"));
    private static final Condition PARK_OFFICER = Condition.eq(Column.PARK_CODE, ClusterCity.PARK);
    private static final Condition ENTERPRISE_USER = Condition.eq(Column.CREDIT_CODE, ClusterCity.K1.value());

    @Parameter
    TestDatabase target;

    private Database db;
    private FactCubeRepository cubes;
    private RegionFigureRepository regions;

    @BeforeEach
    void city() {
        ClusterCity.write(target);
        db = target.database();
        cubes = new FactCubeRepository(db);
        regions = new RegionFigureRepository(db);
    }

    /** The cube's cells as (year, district, industry, own) → sums, to compare two cubes whatever their cell order. */
    private static Map<String, List<Long>> cells(FactCube cube) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (int c = 0; c < cube.size(); c++) {
            List<Long> sums = new ArrayList<>();
            for (Measure m : Measure.values()) {
                sums.add(cube.sum(m, c));
            }
            out.put(cube.year(c) + " " + cube.district(c) + " " + cube.industry(c) + " " + cube.enterprise(c), sums);
        }
        return out;
    }

    private static Map<Integer, Map<String, String>> shown(Map<Integer, Map<String, RegionFigures>> figures) {
        Map<Integer, Map<String, String>> out = new TreeMap<>();
        figures.forEach((year, rows) -> rows.forEach((code, f) -> {
            StringBuilder b = new StringBuilder(f.enterprises() + " " + f.aboveScale() + " " + f.output().stripTrailingZeros().toPlainString()
                    + " " + f.tax().stripTrailingZeros().toPlainString() + " " + f.landMu().stripTrailingZeros().toPlainString());
            f.ratios().forEach((i, r) -> b.append(' ').append(i).append('=').append(r.value()).append('/').append(r.included()));
            out.computeIfAbsent(year, y -> new TreeMap<>()).put(code, b.toString());
        }));
        return out;
    }

    private void assertCubeMatchesEnterpriseYear() {
        assertThat(ClusterCube.current(db)).isTrue();
        for (Condition scope : List.of(Condition.all(), DISTRICT_OFFICER, ZONE_OFFICER, PARK_OFFICER, Condition.none())) {
            assertThat(cells(cubes.fromCube(scope))).as("cells within %s", scope).isEqualTo(cells(cubes.live(scope)));
            for (RegionFigureRepository.Level level : RegionFigureRepository.Level.values()) {
                assertThat(shown(regions.fromCube(level, scope))).as("%s within %s", level, scope)
                        .isEqualTo(shown(regions.live(level, scope)));
            }
        }
    }

    @Test
    void theWritersKeepTheCubeEqualToTheGroupByOverEnterpriseYear() {
        assertCubeMatchesEnterpriseYear();
        assertThat(cells(cubes.fromCube(Condition.all()))).hasSize(9);        // 9 (year, district, industry) cells in ClusterCity
        long rows = db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube", Long.class);
        assertThat(rows).isEqualTo(9);
    }

    @Test
    void scopedOfficersReadOnlyTheirScopeFromTheCube() {
        assertThat(ClusterCube.readable(DISTRICT_OFFICER)).isTrue();
        assertThat(ClusterCube.readable(PARK_OFFICER)).isTrue();
        assertThat(ClusterCube.readable(Condition.all())).isTrue();
        assertThat(ClusterCube.readable(ENTERPRISE_USER)).isFalse();
        assertThat(ClusterCube.readable(Condition.hasYearRecord(Condition.eq(Column.YEAR, 2023)))).isFalse();
        FactCube district = cubes.cube(DISTRICT_OFFICER);              // 渝北: K1 K3 K5
        for (int c = 0; c < district.size(); c++) {
            assertThat(district.district(c)).isEqualTo("500112");
        }
        assertThat(district.figures(c -> district.year(c) == 2023).enterprises()).isEqualTo(3);
        FactCube park = cubes.cube(PARK_OFFICER);                      // the park: K1 and K3 only
        assertThat(park.figures(c -> park.year(c) == 2023).enterprises()).isEqualTo(2);
        assertThat(park.figures(c -> park.year(c) == 2023).output()).isEqualByComparingTo("1310");
        FactCube own = cubes.cube(ENTERPRISE_USER);                    // not a cube dimension: read from enterprise_year
        assertThat(own.figures(c -> true).enterprises()).isEqualTo(3);  // K1's three years
        assertThat(regions.byRegion(RegionFigureRepository.Level.DISTRICT, PARK_OFFICER).get(2023)).containsOnlyKeys("500112");
    }

    @Test
    void anOverriddenEnterpriseGetsItsOwnCellAsInTheLiveCube() {
        new TaxonomyVersions(db).addOverride("C05", ClusterCity.K3.value(), true, "admin", "test: a display maker counted in food");
        FactCube cube = cubes.fromCube(Condition.all());
        assertThat(cells(cube)).isEqualTo(cells(cubes.live(Condition.all())));
        assertThat(cells(cube).keySet()).contains("2023 500112 3974 " + ClusterCity.K3.value());
        assertThat(cells(cubes.fromCube(PARK_OFFICER))).isEqualTo(cells(cubes.live(PARK_OFFICER)));
    }

    @Test
    void aBatchRecomputesOnlyTheYearsItTouches() {
        // mark the 2021 cells: a 2023 batch must leave them alone, proving it recomputed 2023 only
        db.jdbc().update("UPDATE cluster_cube SET tax = 777 WHERE year = 2021");
        new FactBatchWriter(db).write(BatchDescription.of("demo", "tax 2023"), List.of(),
                List.of(facts(ClusterCity.K5, 2023, true, OUTPUT, "50", TAX, "9")));
        assertThat(db.jdbc().queryForList("SELECT DISTINCT tax FROM cluster_cube WHERE year = 2021", Object.class))
                .hasSize(1).first().asString().startsWith("777");
        Map<String, List<Long>> cube = cells(cubes.fromCube(Condition.all()));
        Map<String, List<Long>> live = cells(cubes.live(Condition.all()));
        assertThat(cube.get("2023 500112 1311 null")).isEqualTo(live.get("2023 500112 1311 null"));
        assertThat(live.get("2023 500112 1311 null").get(Measure.TAX.ordinal())).isEqualTo(9_000_000L);
        // re-registering K1 unchanged (and registering a new enterprise) moves nothing between cells: 2021 stays as it was
        new FactBatchWriter(db).write(BatchDescription.of("registration", "K1 again"),
                List.of(enterprise(ClusterCity.K1, "重庆甲汽车有限公司", "500112", "CQ-LJXQ", ClusterCity.PARK, "3612"),
                        enterprise(io.muyield.store.Fixtures.code("500103", 77), "新企业", "500103", null, null, "1311")), List.of());
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube WHERE year = 2021 AND tax = 777", Long.class)).isPositive();
        // a registration moving K1 (渝北, 两江, the park) to 九龙坡 recomputes the cells K1 left and joined in each of its
        // years — and only those: K2's 2022 cell (九龙坡 3974) keeps a mark
        ClusterCube.rebuild(db);
        db.jdbc().update("UPDATE cluster_cube SET tax = 777 WHERE year = 2022 AND industry_code = '3974'");
        new FactBatchWriter(db).write(BatchDescription.of("registration", "K1 moves"),
                List.of(enterprise(ClusterCity.K1, "重庆甲汽车有限公司", "500107", null, null, "3612")), List.of());
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube WHERE year = 2022 AND tax = 777", Long.class)).isEqualTo(1);
        db.jdbc().update("UPDATE cluster_cube SET tax = NULL WHERE year = 2022 AND tax = 777");      // K2 reported no tax in 2022
        assertCubeMatchesEnterpriseYear();
        assertThat(cells(cubes.fromCube(Condition.all())).keySet()).contains("2021 500107 3612 null", "2022 500107 3612 null",
                "2023 500107 3612 null").doesNotContain("2021 500112 3612 null");
    }

    @Test
    void aFailedBatchLeavesCubeAndEnterpriseYearAsTheyWere() {
        Map<String, List<Long>> before = cells(cubes.fromCube(Condition.all()));
        List<Map<String, Object>> state = db.jdbc().queryForList("SELECT * FROM cluster_cube_state");
        FieldPriority priority = FieldPriority.of(Map.of(FactField.TAX, List.of(Source.TAX)));
        FileBatchWriter failing = new FileBatchWriter(db, priority, Clock.systemDefaultZone(), step -> {
            if (step.equals("refresh")) {        // after enterprise_year was refreshed, before commit
                throw new IllegalStateException("power cut");
            }
        });
        assertThatThrownBy(() -> db.inTransaction(() -> {
            try (FileBatchWriter.Open open = failing.open(failing.reserveId())) {
                open.add(facts(ClusterCity.K5, 2023, true, OUTPUT, "5000"), ReportedQuantities.CANONICAL, true);
                return open.finish(new FileBatchWriter.FileBatch(open.batchId(), "tax", "tax", 2023, "tax.csv", "h", "clerk", 1, 1, 0,
                        true), List.of(), List.of());
            }
        })).hasMessageContaining("power cut");
        assertThat(cells(cubes.fromCube(Condition.all()))).isEqualTo(before);
        assertThat(db.jdbc().queryForList("SELECT * FROM cluster_cube_state")).isEqualTo(state);
        assertCubeMatchesEnterpriseYear();
    }

    @Test
    void fileBatchesCommittedTogetherAreCaughtUpAfterwardsYearByYearNotRebuilt() {
        // a department import commits its file batches, then brings the cube up to date in its own transaction: in between
        // the cube is not current (readers use enterprise_year); afterwards it equals the live figures, recomputed for the
        // touched year only — also when the second file supersedes the first within the same import
        db.jdbc().update("UPDATE cluster_cube SET tax = 777 WHERE year = 2021");
        FieldPriority priority = FieldPriority.of(Map.of(FactField.TAX, List.of(Source.TAX)));
        FileBatchWriter writer = new FileBatchWriter(db, priority);
        List<ClusterCube.Written> written = db.inTransaction(() -> {
            List<ClusterCube.Written> out = new ArrayList<>();
            for (String tax : List.of("70", "71")) {
                try (FileBatchWriter.Open open = writer.open(writer.reserveId())) {
                    open.add(facts(ClusterCity.K5, 2023, true, OUTPUT, "5000", TAX, tax), ReportedQuantities.CANONICAL, true);
                    FileBatchWriter.StoredFile f = open.finish(new FileBatchWriter.FileBatch(open.batchId(), "tax", "tax", 2023, "tax.csv",
                            "h" + tax, "clerk", 1, 1, 0, true), List.of(), List.of());
                    out.add(new ClusterCube.Written(f.batchId(), f.superseded()));
                }
            }
            return out;
        });
        assertThat(written.get(1).superseded()).containsExactly(written.get(0).batchId());
        assertThat(ClusterCube.current(db)).isFalse();
        ClusterCube.Refreshed r = db.inTransaction(() -> ClusterCube.refreshAfter(db, written));
        assertThat(r.full()).isFalse();
        assertThat(r.years()).containsExactly(2023);
        assertThat(ClusterCube.current(db)).isTrue();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube WHERE year = 2021 AND tax = 777", Long.class)).isPositive();
        Map<String, List<Long>> cube = cells(cubes.fromCube(Condition.all()));
        Map<String, List<Long>> live = cells(cubes.live(Condition.all()));
        assertThat(cube.keySet()).isEqualTo(live.keySet());
        live.forEach((cell, sums) -> {
            if (cell.startsWith("2023")) {
                assertThat(cube.get(cell)).as(cell).isEqualTo(sums);
            }
        });
        assertThat(live.get("2023 500112 1311 null").get(Measure.TAX.ordinal())).isEqualTo(71_000_000L);
        ClusterCube.rebuild(db);                                 // clears the 2021 mark
        assertCubeMatchesEnterpriseYear();
    }

    @Test
    void aCubeThatDoesNotMatchTheBatchesIsNotReadAndIsRebuilt() {
        db.jdbc().update("UPDATE cluster_cube_state SET batches = -1, last_batch = -1, active_sum = -1");
        db.jdbc().update("DELETE FROM cluster_cube");
        assertThat(ClusterCube.current(db)).isFalse();
        FactCube read = new FactCubeRepository(db).cube(Condition.all());   // falls back to enterprise_year
        assertThat(read.figures(c -> read.year(c) == 2023).enterprises()).isEqualTo(5);
        assertThat(ClusterCube.rebuildIfStale(db)).isTrue();
        assertThat(ClusterCube.rebuildIfStale(db)).isFalse();
        assertCubeMatchesEnterpriseYear();
        // and a batch written on a cube that does not chain to it rebuilds every year
        db.jdbc().update("UPDATE cluster_cube SET tax = 777 WHERE year = 2021");
        db.jdbc().update("UPDATE cluster_cube_state SET active_sum = active_sum + 1");
        new FactBatchWriter(db).write(BatchDescription.of("demo", "tax 2023"), List.of(), List.of(facts(ClusterCity.K5, 2023, true, TAX, "1")));
        assertCubeMatchesEnterpriseYear();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM cluster_cube WHERE tax = 777", Long.class)).isZero();
    }
}
