package io.muyield.store.cluster;

import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.relatedness.ProductSpace;
import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Condition;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.util.ArrayList;
import java.util.List;

import static io.muyield.core.fact.FactField.OUTPUT;
import static io.muyield.store.Fixtures.code;
import static io.muyield.store.Fixtures.enterprise;
import static io.muyield.store.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 2023 output by district × industry: 渝北 500112 {3974: 10, 3972: 10}, 九龙坡 500107 {3974: 10, 3612: 10},
 * 渝中 500103 {3612: 10}. RCA ≥ 1: 渝北 3974 (1.25), 3972 (2.5); 九龙坡 3974, 3612 (1.25); 渝中 3612 (2.5).
 * φ(3972, 3974) = 1/2, φ(3972, 3612) = 0, φ(3974, 3612) = 1/2. S01 (power semiconductors, core 3972/3973) has 3972 only:
 * density = φ(3974,3972)·M[3974] ÷ (φ(3974,3972) + φ(3612,3972)) → 渝北 1, 九龙坡 1 (it has 3974, no 3972 yet), 渝中 0.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class RisingStarPlacementTest {

    @Parameter
    TestDatabase target;

    @BeforeEach
    void city() {
        target.clearFacts();
        String[][] rows = {{"500112", "3974"}, {"500112", "3972"}, {"500107", "3974"}, {"500107", "3612"}, {"500103", "3612"}};
        List<Enterprise> es = new ArrayList<>();
        List<YearlyFacts> fs = new ArrayList<>();
        for (int n = 0; n < rows.length; n++) {
            var c = code(rows[n][0], 100 + n);
            es.add(enterprise(c, "企业" + n, rows[n][0], null, null, rows[n][1]));
            fs.add(facts(c, 2023, true, OUTPUT, "10"));
        }
        new FactBatchWriter(target.database()).write(BatchDescription.of("demo", "relatedness"), es, fs);
    }

    @Test
    void aDistrictWithTheNeighbouringIndustryIsWellPlacedForAClusterItLacks() {
        var placements = new RisingStarPlacement(new FactCubeRepository(target.database()), new ClusterRepository(target.database()))
                .rank(2023, Condition.all(), 5);
        assertThat(placements).extracting(RisingStarPlacement.DistrictPlacements::district).containsExactly("500103", "500107", "500112");
        RisingStarPlacement.Placement jiulongpo = placements.get(1).clusters().get(0);
        assertThat(jiulongpo.cluster().id()).isEqualTo("S01");
        assertThat(jiulongpo.density()).isCloseTo(1.0, within(1e-12));
        assertThat(jiulongpo.clusterRca()).isZero();
        assertThat(jiulongpo.industriesInCity()).isEqualTo(1);
        assertThat(jiulongpo.existing()).isEmpty();                                          // no 3972 yet
        assertThat(jiulongpo.related()).containsExactly(new ProductSpace.Link("3974", "3972", 0.5, 1.25));
        RisingStarPlacement.Placement yubei = placements.get(2).clusters().get(0);
        assertThat(yubei.cluster().id()).isEqualTo("S01");
        assertThat(yubei.clusterRca()).isCloseTo(2.5, within(1e-12));   // (10/20) ÷ (10/50)
        assertThat(yubei.existing()).containsExactly(new ProductSpace.Strength("3972", 2.5)); // its own strength in S01
        assertThat(yubei.related()).containsExactly(new ProductSpace.Link("3974", "3972", 0.5, 1.25)); // kept apart from it
        assertThat(placements.get(0).clusters()).filteredOn(p -> p.cluster().id().equals("S01"))
                .singleElement().satisfies(p -> assertThat(p.density()).isZero());
        assertThat(placements.get(0).clusters()).hasSize(18);
    }
}
