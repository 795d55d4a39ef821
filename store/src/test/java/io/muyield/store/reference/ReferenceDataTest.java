package io.muyield.store.reference;

import io.muyield.core.cluster.Cluster;
import io.muyield.core.cluster.ClusterCode;
import io.muyield.core.cluster.ClusterTaxonomy;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.industry.IndustryLevel;
import io.muyield.core.region.GroupMembership;
import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;
import io.muyield.core.region.Region;
import io.muyield.core.region.RegionKind;
import io.muyield.store.BothDatabases;
import io.muyield.store.Database;
import io.muyield.store.TestDatabase;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.energy.EnergyFactorRepository;
import io.muyield.store.industry.IndustryRepository;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class ReferenceDataTest {

    @Parameter
    TestDatabase target;

    @Test
    void loadsTheWholeGbT4754Catalogue() {
        IndustryCatalog catalog = new IndustryRepository(target.database()).catalog();
        assertThat(catalog.size()).isEqualTo(1971);
        assertThat(catalog.atLevel(IndustryLevel.SECTION)).hasSize(20);
        assertThat(catalog.atLevel(IndustryLevel.CLASS)).hasSize(1381);
        assertThat(catalog.atLevel(IndustryLevel.DIVISION).stream().filter(c -> c.code().isManufacturing())).hasSize(31);
        assertThat(catalog.find(IndustryCode.parse("3741")).orElseThrow().nameZh()).isEqualTo("飞机制造");
        assertThat(catalog.find(IndustryCode.parse("13")).orElseThrow().parent()).contains(IndustryCode.parse("C"));
        assertThat(catalog.find(IndustryCode.parse("C")).orElseThrow().nameEn()).isPresent();
    }

    @Test
    void regionsAreTheMunicipality38DistrictsThreeZonesAndThreeGroups() {
        RegionRepository regions = new RegionRepository(target.database());
        assertThat(regions.all()).hasSize(45);
        assertThat(regions.countyLevel()).hasSize(38 + 3);
        assertThat(regions.ofKind(RegionKind.DISTRICT)).hasSize(26);
        assertThat(regions.ofKind(RegionKind.COUNTY)).hasSize(8);
        assertThat(regions.ofKind(RegionKind.AUTONOMOUS_COUNTY)).hasSize(4);
        assertThat(regions.ofKind(RegionKind.FUNCTIONAL_ZONE)).extracting(Region::code)
                .containsExactly("CQ-GXQ", "CQ-LJXQ", "CQ-WSJKQ");
        assertThat(regions.ofKind(RegionKind.GROUP)).extracting(Region::code).containsExactly("CQ-G-YDB", "CQ-G-YDN", "CQ-G-ZCDS");
        Region liangjiang = regions.find("CQ-LJXQ").orElseThrow();
        assertThat(liangjiang.nationalCode()).isFalse();
        assertThat(liangjiang.overlapsDistricts()).containsExactly("500105", "500112", "500109");
        assertThat(liangjiang.parentCode()).contains("500000");
        Region city = regions.find("500000").orElseThrow();
        assertThat(city.kind()).isEqualTo(RegionKind.MUNICIPALITY);
        assertThat(city.parentCode()).isEmpty();
        assertThat(regions.find("500231").orElseThrow().nameZh()).isEqualTo("垫江县");
        assertThat(regions.find("nowhere")).isEmpty();
    }

    @Test
    void twoDatedGroupingsOfThe38() {
        RegionRepository regions = new RegionRepository(target.database());
        assertThat(regions.groupings()).containsExactly(RegionRepository.GROUPING_2020, RegionRepository.GROUPING_2024);
        assertThat(sizes(regions.memberships(RegionRepository.GROUPING_2020)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CQ-G-ZCDS", 21L, "CQ-G-YDB", 11L, "CQ-G-YDN", 6L));
        assertThat(sizes(regions.memberships(RegionRepository.GROUPING_2024)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CQ-G-ZCDS", 22L, "CQ-G-YDB", 10L, "CQ-G-YDN", 6L));
        assertThat(groupOf(regions, RegionRepository.GROUPING_2020, "500231")).isEqualTo("CQ-G-YDB");
        assertThat(groupOf(regions, RegionRepository.GROUPING_2024, "500231")).isEqualTo("CQ-G-ZCDS");
    }

    @Test
    void thirtyClustersWithCoreRelatedAndPartialCodes() {
        ClusterTaxonomy taxonomy = new ClusterRepository(target.database()).taxonomy();
        assertThat(taxonomy.all()).hasSize(30);
        assertThat(taxonomy.all().stream().collect(Collectors.groupingBy(Cluster::tier, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ClusterTier.TRILLION, 3L, ClusterTier.FIVE_HUNDRED_BILLION, 3L,
                        ClusterTier.HUNDRED_BILLION, 6L, ClusterTier.RISING_STAR_GROWTH, 12L, ClusterTier.RISING_STAR_FUTURE, 6L));
        Cluster autos = taxonomy.find("C01").orElseThrow();
        assertThat(autos.targetYuan()).contains(new BigDecimal("1000000000000"));
        assertThat(autos.targetYear()).isEqualTo(2027);
        assertThat(autos.officialMapping()).isFalse();
        assertThat(autos.codes()).first().isEqualTo(new ClusterCode(IndustryCode.parse("3611"), true, false));
        assertThat(autos.codes()).contains(new ClusterCode(IndustryCode.parse("3841"), false, true),
                new ClusterCode(IndustryCode.parse("3640"), false, false));
        assertThat(autos.counts(IndustryCode.parse("3612"))).isTrue();
        assertThat(taxonomy.find("C06").orElseThrow().manufacturing()).isFalse();
        assertThat(taxonomy.find("C12").orElseThrow().manufacturing()).isTrue();
        assertThat(taxonomy.find("S01").orElseThrow().targetYuan()).isEmpty();
        assertThat(taxonomy.all()).noneMatch(Cluster::officialMapping);
        assertThat(taxonomy.topTierOf(IndustryCode.parse("3974"))).contains(ClusterTier.TRILLION);
    }

    @Test
    void energyFactorsKeepTheirTextAndNumber() {
        var factors = new EnergyFactorRepository(target.database()).all();
        assertThat(factors).hasSize(155);
        assertThat(factors).anySatisfy(f -> {
            assertThat(f.itemZh()).isEqualTo("电力(当量值)");
            assertThat(f.number()).contains(new BigDecimal("0.1229"));
        });
        assertThat(factors).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("0.2857-0.4286");
            assertThat(f.number()).isEmpty();
        });
        assertThat(factors.get(7).source()).endsWith("emissionConstants.js, repository not identified)");
    }

    @Test
    void loadingTwiceChangesNothing() {
        Database db = target.database();
        assertThat(ReferenceData.loadIfEmpty(db)).isFalse();
        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM industry_class", Integer.class)).isEqualTo(1971);
    }

    @Test
    void parksFromTheRosterAreUpsertedAndMustLieInAKnownUnit() {
        Database db = target.database();
        target.clearFacts();
        List<Park> roster = ParkRoster.parse("parks.csv", """
                园区代码,园区名称,所属区县,园区级别
                CQ-P-500112-01,空港工业园区,500112,市级
                CQ-P-CQ-LJXQ-01,鱼复工业园,CQ-LJXQ,国家级
                """);
        assertThat(ReferenceData.loadParks(db, roster)).isEqualTo(2);
        ParkRepository parks = new ParkRepository(db);
        assertThat(parks.all()).containsExactly(
                new Park("CQ-P-500112-01", "空港工业园区", "500112", ParkLevel.MUNICIPAL),
                new Park("CQ-P-CQ-LJXQ-01", "鱼复工业园", "CQ-LJXQ", ParkLevel.NATIONAL));
        ReferenceData.loadParks(db, List.of(new Park("CQ-P-500112-01", "空港工业园", "500112", ParkLevel.DISTRICT)));
        assertThat(parks.find("CQ-P-500112-01").orElseThrow().level()).isEqualTo(ParkLevel.DISTRICT);
        assertThat(parks.inRegion("CQ-LJXQ")).hasSize(1);
        assertThatThrownBy(() -> ReferenceData.loadParks(db, List.of(new Park("CQ-P-X-01", "某园区", "500999", ParkLevel.DISTRICT))))
                .isInstanceOf(ReferenceDataException.class).hasMessageContaining("CQ-P-X-01").hasMessageContaining("500999");
        assertThat(parks.all()).hasSize(2);
    }

    private static Map<String, Long> sizes(List<GroupMembership> memberships) {
        return memberships.stream().collect(Collectors.groupingBy(GroupMembership::groupCode, Collectors.counting()));
    }

    private static String groupOf(RegionRepository regions, String grouping, String code) {
        return regions.memberships(grouping).stream().filter(m -> m.regionCode().equals(code)).findFirst().orElseThrow().groupCode();
    }
}
