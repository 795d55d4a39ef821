package io.muyield.core.cluster;

import io.muyield.core.industry.IndustryCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterTaxonomyTest {

    private static Cluster cluster(String id, ClusterTier tier, String... coreCodes) {
        List<ClusterCode> codes = java.util.Arrays.stream(coreCodes)
                .map(c -> new ClusterCode(IndustryCode.parse(c), true, false)).toList();
        return new Cluster(id, tier, id, id, Optional.of(BigDecimal.TEN), 2027, true, codes, false, "test");
    }

    private final ClusterTaxonomy taxonomy = new ClusterTaxonomy(List.of(
            cluster("C02", ClusterTier.TRILLION, "39"),
            cluster("C07", ClusterTier.HUNDRED_BILLION, "3974"),
            new Cluster("C01", ClusterTier.TRILLION, "汽车", "Autos", Optional.empty(), 2027, true,
                    List.of(new ClusterCode(IndustryCode.parse("361"), true, false),
                            new ClusterCode(IndustryCode.parse("3841"), false, true)), false, "test")));

    @Test
    void overlappingClustersBothCountAnEnterpriseButItsTierOnce() {
        IndustryCode display = IndustryCode.parse("3974");
        assertThat(taxonomy.clustersOf(display)).extracting(Cluster::id).containsExactly("C02", "C07");
        assertThat(taxonomy.topTierOf(display)).contains(ClusterTier.TRILLION);
    }

    @Test
    void relatedCodesDoNotCount() {
        IndustryCode battery = IndustryCode.parse("3841");
        assertThat(taxonomy.clustersOf(battery)).isEmpty();
        assertThat(taxonomy.find("C01").orElseThrow().related(battery)).isTrue();
        assertThat(taxonomy.topTierOf(IndustryCode.parse("1310"))).isEmpty();
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> new ClusterTaxonomy(List.of(cluster("X", ClusterTier.TRILLION, "39"), cluster("X", ClusterTier.TRILLION, "36"))))
                .hasMessageContaining("X");
    }
}
