package io.muyield.store.cluster;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import static io.muyield.store.cluster.ClusterCity.K1;
import static io.muyield.store.cluster.ClusterCity.K2;
import static io.muyield.store.cluster.ClusterCity.K3;
import static io.muyield.store.cluster.ClusterCity.K4;
import static io.muyield.store.cluster.ClusterCity.K5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stored result rows written by hand over {@link ClusterCity}'s register, run 1 (2023, COMPLETE):
 * K1 autos 渝北 (zone 两江, park) class A, land 10, tax 50, VA 200; K2 display 九龙坡 class B, land 5, tax 20, VA 100;
 * K3 display 渝北 (park) unclassed, no category, land 0; K4 software 渝中 class A, land 2, tax 6, no VA; K5 food 渝北
 * class C, land 4, tax 8, VA 40. Run 2 (2023) is not COMPLETE, run 3 is over 2022: neither is the latest of 2023.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class LatestRunFiguresTest {

    @Parameter
    TestDatabase target;

    private LatestRunFigures figures;

    @BeforeEach
    void city() {
        ClusterCity.write(target);
        for (String table : new String[]{"evaluation_input_value", "evaluation_result", "evaluation_run"}) {
            target.database().jdbc().update("DELETE FROM " + table);
        }
        run(1, 2023, "COMPLETE");
        result(1, 0, K1.value(), "A", "m", 10, 50, 200.0);
        result(1, 1, K2.value(), "B", "m", 5, 20, 100.0);
        result(1, 2, K3.value(), "", "", 0, 1, null);
        result(1, 3, K4.value(), "A", "s", 2, 6, null);
        result(1, 4, K5.value(), "C", "m", 4, 8, 40.0);
        run(2, 2023, "FAILED");
        result(2, 0, K1.value(), "D", "m", 10, 50, 200.0);
        run(3, 2022, "COMPLETE");
        result(3, 0, K1.value(), "B", "m", 10, 40, 150.0);
        figures = new LatestRunFigures(target.database());
    }

    @Test
    void theLatestCompleteRunOfTheYearOverAClusterDistrictZoneAndPark() {
        ClusterFigureRepository clusters = new ClusterFigureRepository(target.database());
        LatestRunFigures.Distribution display = figures.latest(2023, clusters.members("C02").orElseThrow()).orElseThrow();
        assertThat(display.run().id()).isEqualTo(1);
        assertThat(display.run().schemeId()).isEqualTo("test-scheme");
        assertThat(display.enterprises()).isEqualTo(2);                 // K2 and K3
        assertThat(display.count("B")).isEqualTo(1);
        assertThat(display.count("")).isEqualTo(1);
        assertThat(display.share("B")).isEqualTo(0.5);
        assertThat(display.labels()).containsExactly("B", "");
        assertThat(display.taxPerMu()).isCloseTo(20.0 / 5, within(1e-12));   // K3 has no category and no land
        assertThat(display.valueAddedPerMu()).isCloseTo(100.0 / 5, within(1e-12));
        assertThat(display.taxCounted()).isEqualTo(1);

        LatestRunFigures.Distribution yubei = figures.latest(2023, Condition.eq(Column.DISTRICT_CODE, "500112")).orElseThrow();
        assertThat(yubei.enterprises()).isEqualTo(3);                   // K1, K3, K5
        assertThat(yubei.classCounts()).containsEntry("A", 1L).containsEntry("C", 1L).containsEntry("", 1L).hasSize(3);
        assertThat(yubei.share("A")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(yubei.taxPerMu()).isCloseTo((50.0 + 8) / (10 + 4), within(1e-12));
        assertThat(yubei.valueAddedPerMu()).isCloseTo((200.0 + 40) / (10 + 4), within(1e-12));
        assertThat(yubei.landMu()).isCloseTo(14, within(1e-12));

        // software has tax but no value added: counted in 亩均税收 only
        LatestRunFigures.Distribution software = figures.latest(2023, clusters.members("C06").orElseThrow()).orElseThrow();
        assertThat(software.taxPerMu()).isCloseTo(3, within(1e-12));
        assertThat(software.valueAddedPerMu()).isNaN();
        assertThat(software.valueAddedCounted()).isZero();

        LatestRunFigures.Distribution zone = figures.latest(2023, Condition.eq(Column.ZONE_CODE, "CQ-LJXQ")).orElseThrow();
        assertThat(zone.classCounts()).containsOnlyKeys("A");
        LatestRunFigures.Distribution park = figures.latest(2023, Condition.eq(Column.PARK_CODE, ClusterCity.PARK)).orElseThrow();
        assertThat(park.enterprises()).isEqualTo(2);
        assertThat(park.taxPerMu()).isCloseTo(5, within(1e-12));

        LatestRunFigures.Distribution last = figures.latest(2022, Condition.all()).orElseThrow();
        assertThat(last.run().id()).isEqualTo(3);
        assertThat(last.classCounts()).containsOnlyKeys("B");
    }

    @Test
    void theCallersScopeIsAndedInAndANewerRunTakesOver() {
        Condition scope = Condition.eq(Column.PARK_CODE, ClusterCity.PARK);
        LatestRunFigures.Distribution yubei = figures.latest(2023, Condition.eq(Column.DISTRICT_CODE, "500112").and(scope)).orElseThrow();
        assertThat(yubei.enterprises()).isEqualTo(2);                   // K5 lies outside the park
        assertThat(yubei.classCounts()).containsOnlyKeys("A", "");
        assertThat(yubei.taxPerMu()).isCloseTo(5, within(1e-12));
        assertThat(figures.latest(2023, Condition.none()).orElseThrow().enterprises()).isZero();

        run(4, 2023, "COMPLETE");
        result(4, 0, K1.value(), "D", "m", 10, 5, 20.0);
        LatestRunFigures.Distribution again = figures.latest(2023, Condition.eq(Column.DISTRICT_CODE, "500112").and(scope)).orElseThrow();
        assertThat(again.run().id()).isEqualTo(4);
        assertThat(again.classCounts()).containsOnlyKeys("D");
        assertThat(again.taxPerMu()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void noRunNoFigures() {
        assertThat(figures.latest(2021, Condition.all())).isEmpty();
        assertThat(figures.latestComplete(2021)).isEmpty();
    }

    private void run(long id, int year, String status) {
        target.database().jdbc().update("INSERT INTO evaluation_run (id, scheme_id, scheme_version, scheme_title, scheme_text, scheme_sha256, "
                        + "input_sha256, engine_version, fingerprint, year, created_by, created_at, status, parent_run_id, unit_count, note) "
                        + "VALUES (?, 'test-scheme', 1, '测试', 'scheme: test-scheme', 's', 'i', 'e', 'f', ?, 'admin', ?, ?, NULL, 5, '')",
                id, year, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)), status);
    }

    private void result(long run, int row, String code, String label, String category, double land, double tax, Double va) {
        target.database().jdbc().update("INSERT INTO evaluation_result (run_id, row_no, credit_code, name, district_code, park_code, "
                        + "industry_code, category_id, category_name, status, exemption_id, exemption_name, aggregate, bonus, deduction, total, "
                        + "class_before_veto, class_label, class_name, rank_city, rank_city_of, rank_district, rank_district_of, rank_industry, "
                        + "rank_industry_of, marked, landlord) VALUES (?, ?, ?, 'n', '500112', NULL, '3612', ?, '', 'EVALUATED', '', '', "
                        + "NULL, NULL, NULL, NULL, ?, ?, ?, 0, 0, 0, 0, 0, 0, FALSE, '')",
                run, row, code, category, label, label, label);
        value(run, code, "land", land);
        value(run, code, "tax", tax);
        if (va != null) {
            value(run, code, "value_added", va);
        }
    }

    private void value(long run, String code, String name, double v) {
        target.database().jdbc().update("INSERT INTO evaluation_input_value (run_id, credit_code, name, value) VALUES (?, ?, ?, ?)",
                run, code, name, v);
    }
}
