package io.muyield.store.cluster;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class TaxonomyVersionsTest {

    @Parameter
    TestDatabase target;

    @BeforeEach
    void city() {
        ClusterCity.write(target);
        target.database().jdbc().update("DELETE FROM cluster_target");
        target.database().jdbc().update("DELETE FROM cluster_code_change");
        target.database().jdbc().update("DELETE FROM cluster_override");
        target.database().jdbc().update("DELETE FROM taxonomy_version");
    }

    @Test
    void aTargetChangeIsANewVersionThatTheFiguresUseAndName() {
        ClusterFigureRepository figures = new ClusterFigureRepository(target.database());
        TaxonomyVersions versions = new TaxonomyVersions(target.database());
        ClusterOverview before = figures.overview(2023, Condition.all());
        assertThat(before.taxonomyVersion()).isZero();

        int v = versions.changeTarget("C01", Optional.of(new BigDecimal("2000000000000")), 2030, "admin", "2025 plan raises the target");
        assertThat(v).isEqualTo(1);
        assertThat(versions.changeTarget("S01", Optional.of(new BigDecimal("50000000000")), 2027, "admin", "新星 gets a target")).isEqualTo(2);

        ClusterOverview after = figures.overview(2023, Condition.all());      // not the cached figures of version 0
        assertThat(after.taxonomyVersion()).isEqualTo(2);
        var autos = after.clusters().stream().filter(p -> p.cluster().id().equals("C01")).findFirst().orElseThrow();
        assertThat(autos.target().orElseThrow().target()).isEqualByComparingTo("200000000");   // 2 万亿元 in 万元
        assertThat(autos.target().orElseThrow().targetYear()).isEqualTo(2030);
        assertThat(autos.target().orElseThrow().requiredGrowth().getAsDouble()).isCloseTo(Math.pow(2e8 / 1210, 1.0 / 7) - 1, within(1e-9));
        var star = after.clusters().stream().filter(p -> p.cluster().id().equals("S01")).findFirst().orElseThrow();
        assertThat(star.target()).isPresent();
        assertThat(new ClusterRepository(target.database()).taxonomy().find("C02").orElseThrow().targetYear()).isEqualTo(2027);

        assertThat(versions.history()).extracting(TaxonomyVersions.Change::version).containsExactly(2, 1);
        assertThat(versions.history().get(1).reason()).isEqualTo("2025 plan raises the target");
        assertThat(versions.history().get(1).targetYuan()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("2000000000000"));
    }

    @Test
    void refusesChangesWithoutAReasonOrForUnknownClusters() {
        TaxonomyVersions versions = new TaxonomyVersions(target.database());
        assertThatThrownBy(() -> versions.changeTarget("C01", Optional.empty(), 2027, "admin", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> versions.changeTarget("C99", Optional.empty(), 2027, "admin", "x")).hasMessageContaining("no cluster C99");
        assertThatThrownBy(() -> versions.changeTarget("C01", Optional.of(BigDecimal.ZERO), 2027, "admin", "x")).hasMessageContaining("positive");
        assertThatThrownBy(() -> versions.changeTarget("C01", Optional.empty(), 1900, "admin", "x")).hasMessageContaining("target year");
        assertThat(versions.current()).isZero();
    }

    private static ClusterProgress row(ClusterOverview o, String id) {
        return o.clusters().stream().filter(p -> p.cluster().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void codesAddedAndRemovedAreVersionsTheFiguresFollow() {
        ClusterFigureRepository figures = new ClusterFigureRepository(target.database());
        TaxonomyVersions versions = new TaxonomyVersions(target.database());
        ClusterOverview before = figures.overview(2023, Condition.all());
        assertThat(row(before, "C01").figures().enterprises()).isEqualTo(1);            // K1 (3612)

        // software 6513 (K4, already in C06) joins autos: C01 has 2 enterprises; over all clusters K4 still counts once
        assertThat(versions.addCode("C01", "6513", "admin", "test: software-defined vehicles")).isEqualTo(1);
        ClusterOverview added = figures.overview(2023, Condition.all());
        assertThat(added.taxonomyVersion()).isEqualTo(1);
        assertThat(row(added, "C01").figures().enterprises()).isEqualTo(2);
        assertThat(row(added, "C01").scale()).isEqualByComparingTo("1210");              // K4 has no output
        assertThat(added.allClusters().enterprises()).isEqualTo(before.allClusters().enterprises());
        assertThat(figures.detail("C01", 2023, Condition.all(), 10).orElseThrow().top()).hasSize(2);
        assertThatThrownBy(() -> versions.addCode("C01", "6513", "admin", "again")).hasMessageContaining("already has core code 6513");

        // 3612 leaves autos: only K4 (by the added code) is left
        assertThat(versions.removeCode("C01", "3612", "admin", "test: 3612 moved")).isEqualTo(2);
        ClusterOverview removed = figures.overview(2023, Condition.all());
        assertThat(row(removed, "C01").figures().enterprises()).isEqualTo(1);
        assertThat(row(removed, "C01").scale()).isEqualByComparingTo("0");
        assertThat(row(removed, "C01").cluster().codes()).noneMatch(c -> c.core() && c.prefix().value().equals("3612"));
        assertThat(removed.allClusters().enterprises()).isEqualTo(before.allClusters().enterprises() - 1);   // K1 is in no cluster now
        assertThatThrownBy(() -> versions.removeCode("C01", "3612", "admin", "again")).hasMessageContaining("has no core code 3612");
        assertThatThrownBy(() -> versions.removeCode("C01", "3640", "admin", "related only")).hasMessageContaining("has no core code 3640");
        assertThatThrownBy(() -> versions.addCode("C01", "C", "admin", "section")).hasMessageContaining("门类");
        assertThatThrownBy(() -> versions.addCode("C01", "36x", "admin", "bad")).hasMessageContaining("industry code");

        assertThat(versions.history()).extracting(TaxonomyVersions.Change::kind)
                .containsExactly(TaxonomyVersions.Kind.CODE_REMOVED, TaxonomyVersions.Kind.CODE_ADDED);
        assertThat(versions.history().get(0).subject()).isEqualTo("3612");
        assertThat(versions.history().get(0).reason()).isEqualTo("test: 3612 moved");
    }

    @Test
    void enterpriseOverridesCountAnEnterpriseInOrKeepItOut() {
        ClusterFigureRepository figures = new ClusterFigureRepository(target.database());
        TaxonomyVersions versions = new TaxonomyVersions(target.database());
        long allBefore = figures.overview(2023, Condition.all()).allClusters().enterprises();

        // K5 (food, 规上 output 50) counted in autos too: C01 = K1 + K5, scale 1210 + 50; all clusters still count K5 once
        versions.addOverride("C01", ClusterCity.K5.value(), true, "admin", "test: makes seats");
        // K2 (display) kept out of C02: C02 = K3 only, output 100 of a 规下 maker → scale 0; K2 stays in C07
        int v = versions.addOverride("C02", ClusterCity.K2.value(), false, "admin", "test: assembly only");
        assertThat(v).isEqualTo(2);
        ClusterOverview o = figures.overview(2023, Condition.all());
        assertThat(o.taxonomyVersion()).isEqualTo(2);
        assertThat(row(o, "C01").figures().enterprises()).isEqualTo(2);
        assertThat(row(o, "C01").scale()).isEqualByComparingTo("1260");
        assertThat(row(o, "C02").figures().enterprises()).isEqualTo(1);
        assertThat(row(o, "C02").scale()).isEqualByComparingTo("0");
        assertThat(row(o, "C07").figures().enterprises()).isEqualTo(2);
        assertThat(o.allClusters().enterprises()).isEqualTo(allBefore);
        ClusterDetail autos = figures.detail("C01", 2023, Condition.all(), 10).orElseThrow();
        assertThat(autos.overrides()).containsExactly(java.util.Map.entry(ClusterCity.K5.value(), true));
        assertThat(autos.top()).extracting(TopEnterprise::creditCode).contains(ClusterCity.K5.value());
        assertThat(autos.districts()).hasSize(1);                                         // K1 and K5 both in 渝北
        assertThat(autos.districts().get(0).scale()).isEqualByComparingTo("1260");
        // the same membership as a condition (what the latest-run figures use)
        Condition members = figures.members("C02").orElseThrow();
        assertThat(target.database().jdbc().queryForList("SELECT e.credit_code FROM enterprise e WHERE " + members.sql(), String.class,
                members.params().toArray())).containsExactly(ClusterCity.K3.value());

        assertThat(versions.removeOverride("C01", ClusterCity.K5.value(), "admin", "test: withdrawn")).isEqualTo(3);
        ClusterOverview after = figures.overview(2023, Condition.all());
        assertThat(row(after, "C01").figures().enterprises()).isEqualTo(1);
        assertThat(row(after, "C02").figures().enterprises()).isEqualTo(1);              // K2's override still holds
        assertThatThrownBy(() -> versions.removeOverride("C01", ClusterCity.K5.value(), "admin", "again")).hasMessageContaining("no override");
        assertThatThrownBy(() -> versions.addOverride("C01", "91500000MA00000000", true, "admin", "x")).hasMessageContaining("no enterprise");
        assertThatThrownBy(() -> versions.addOverride("C01", ClusterCity.K5.value(), true, "admin", " ")).hasMessageContaining("reason");
        assertThat(versions.history()).extracting(TaxonomyVersions.Change::kind).containsExactly(TaxonomyVersions.Kind.OVERRIDE_REMOVED,
                TaxonomyVersions.Kind.OVERRIDE_EXCLUDE, TaxonomyVersions.Kind.OVERRIDE_INCLUDE);
        assertThat(versions.history().get(1).subject()).isEqualTo(ClusterCity.K2.value());
        assertThat(versions.overrides()).containsOnlyKeys("C02");
    }
}
