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
}
