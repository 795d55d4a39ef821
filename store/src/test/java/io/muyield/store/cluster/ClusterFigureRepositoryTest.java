package io.muyield.store.cluster;

import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.cluster.TargetPath;
import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.util.List;

import static io.muyield.core.fact.FactField.OUTPUT;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ClusterCity, by hand (see its comment for the facts). */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class ClusterFigureRepositoryTest {

    @Parameter
    TestDatabase target;

    private ClusterFigureRepository figures;

    @BeforeEach
    void city() {
        ClusterCity.write(target);
        figures = new ClusterFigureRepository(target.database());
    }

    private ClusterProgress row(ClusterOverview o, String id) {
        return o.clusters().stream().filter(p -> p.cluster().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachClusterCountsItsMembersOnceAndMeasuresScaleAboveScale() {
        ClusterOverview o = figures.overview(2023, Condition.all());
        assertThat(o.clusters()).hasSize(30);
        assertThat(o.years()).containsExactly(2021, 2022, 2023);
        ClusterProgress electronics = row(o, "C02");
        assertThat(electronics.figures().enterprises()).isEqualTo(2);           // K2, K3
        assertThat(electronics.figures().aboveScale()).isEqualTo(1);
        assertThat(electronics.figures().output()).isEqualByComparingTo("600");
        assertThat(electronics.scale()).isEqualByComparingTo("500");             // 规上 output only
        assertThat(electronics.yearOnYear().getAsDouble()).isCloseTo(0.25, within(1e-12)); // 500 / 400 − 1
        assertThat(electronics.figures().taxPerMu().value()).contains(new java.math.BigDecimal("4.0000")); // 20 / 5, K3 has no land
        assertThat(electronics.figures().taxPerMu().excluded()).isEqualTo(1);
        assertThat(row(o, "C07").scale()).isEqualByComparingTo("500");          // 新型显示 ⊂ electronics
        assertThat(row(o, "C06").scale()).isEqualByComparingTo("300");          // services: revenue
        assertThat(row(o, "C06").yearOnYear().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(row(o, "S01").figures().enterprises()).isZero();
    }

    @Test
    void totalsOverClustersNeverDoubleCountOverlaps() {
        ClusterOverview o = figures.overview(2023, Condition.all());
        assertThat(o.allClusters().enterprises()).isEqualTo(5);
        assertThat(o.allClusters().output()).isEqualByComparingTo("1860");      // 1210 + 500 + 100 + 50, K2/K3 once
        assertThat(o.byTier().get(ClusterTier.TRILLION).enterprises()).isEqualTo(3);
        assertThat(o.byTier().get(ClusterTier.TRILLION).output()).isEqualByComparingTo("1810"); // not 1810 + 600
        assertThat(o.byTier().get(ClusterTier.HUNDRED_BILLION).enterprises()).isEqualTo(2);    // C07
        assertThat(o.city().enterprises()).isEqualTo(5);
    }

    @Test
    void growthAndTheRoadToTheTarget() {
        ClusterProgress autos = row(figures.overview(2023, Condition.all()), "C01");
        assertThat(autos.scale()).isEqualByComparingTo("1210");
        assertThat(autos.yearOnYear().getAsDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(autos.trendFrom()).isEqualTo(2021);
        assertThat(autos.cagr().getAsDouble()).isCloseTo(0.10, within(1e-12)); // (1210 / 1000)^(1/2) − 1
        TargetPath path = autos.target().orElseThrow();
        assertThat(path.target()).isEqualByComparingTo("100000000");            // 1 万亿元 = 10⁸ 万元
        assertThat(path.targetYear()).isEqualTo(2027);
        assertThat(path.requiredGrowth().getAsDouble()).isCloseTo(Math.pow(1e8 / 1210, 0.25) - 1, within(1e-9));
        assertThat(path.status()).isEqualTo(TargetPath.Status.OFF_TRACK);
        assertThat(row(figures.overview(2023, Condition.all()), "S03").target()).isEmpty(); // 新星: no scale target
    }

    @Test
    void detailHasTheSeriesTheDistrictsAndTheTopEnterprises() {
        ClusterDetail d = figures.detail("C02", 2023, Condition.all(), 10).orElseThrow();
        assertThat(d.series()).extracting(ClusterDetail.YearFigures::year).containsExactly(2021, 2022, 2023);
        assertThat(d.series().get(1).scale()).isEqualByComparingTo("400");
        assertThat(d.series().get(0).figures().enterprises()).isZero();
        assertThat(d.districts()).extracting(ClusterDetail.RegionShare::regionCode).containsExactly("500107", "500112");
        assertThat(d.districts().get(0).share()).isEqualByComparingTo("1");
        assertThat(d.districts().get(1).figures().enterprises()).isEqualTo(1);
        assertThat(d.top()).extracting(TopEnterprise::creditCode).containsExactly(ClusterCity.K2.value(), ClusterCity.K3.value());
        assertThat(d.top().get(0).output()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
        assertThat(figures.detail("C99", 2023, Condition.all(), 10)).isEmpty();
    }

    @Test
    void theScopeIsAppliedInTheQuery() {
        Condition yubei = Condition.eq(Column.DISTRICT_CODE, "500112");
        ClusterOverview o = figures.overview(2023, yubei);
        assertThat(row(o, "C02").figures().enterprises()).isEqualTo(1);        // K3 only
        assertThat(row(o, "C02").scale()).isEqualByComparingTo("0");
        assertThat(row(o, "C06").figures().enterprises()).isZero();
        assertThat(figures.detail("C02", 2023, yubei, 10).orElseThrow().top()).extracting(TopEnterprise::creditCode)
                .containsExactly(ClusterCity.K3.value());
    }

    @Test
    void aNewImportIsSeenAtOnce() {
        assertThat(row(figures.overview(2023, Condition.all()), "C01").scale()).isEqualByComparingTo("1210");
        var k6 = io.muyield.store.Fixtures.code("500112", 16);
        new FactBatchWriter(target.database()).write(BatchDescription.of("demo", "late"),
                List.of(enterprise(k6, "重庆己汽车有限公司", "500112", null, null, "3611")), List.of(facts(k6, 2023, true, OUTPUT, "90")));
        assertThat(row(figures.overview(2023, Condition.all()), "C01").scale()).isEqualByComparingTo("1300");
    }
}
