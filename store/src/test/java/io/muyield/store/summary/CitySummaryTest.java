package io.muyield.store.summary;

import io.muyield.core.cluster.ClusterTaxonomy;
import io.muyield.core.cluster.ClusterTier;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import io.muyield.store.BothDatabases;
import io.muyield.store.SmallCity;
import io.muyield.store.TestDatabase;
import io.muyield.store.cluster.ClusterRepository;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SmallCity in 2023, by hand: records E1–E6, E8 (7; 规上 E1 E2 E3 E5 E6 = 5).
 * Districts 500112: E1 E2 E6 (3, 规上 3); 500113: E3; 500110: E4 (规下); 500231: E5; 500103: E8 (规下).
 * Zones: 两江 E1; 万盛 E4 (also counted in 綦江 500110).
 * Best tiers: 3611 and 3974 → trillion (2); 1311, 3411, 6513 → 500-billion (3, 规上 2); 3849 → 100-billion (1);
 * 4411 → outside (1, 规上 1).
 * 规上 manufacturing (大类 13–43): E1 (36), E2 (39), E3 (13), E6 (34); E5 is 44 (utilities).
 * Σ tax 240+100+30 = 370, Σ VA 3000+1000+200 = 4200, Σ output 8000+5000+900+600 = 14500, Σ land 20+20+0+10 = 50.
 * 亩均税收: E3 has land 0, E6 no tax → (240+100)/(20+20) = 8.5, 2 in, 2 out.
 * 亩均增加值: (3000+1000+200)/(20+20+10) = 84, 3 in. 亩均产值: (8000+5000+600)/50 = 272, 3 in.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class CitySummaryTest {

    @Parameter
    TestDatabase target;

    private CitySummaryRepository summaries;

    @BeforeEach
    void city() {
        SmallCity.write(target);
        summaries = new CitySummaryRepository(target.database());
    }

    @Test
    void countsByDistrictAndZone() {
        CitySummary s = summaries.summary(2023);
        assertThat(s.enterprises()).isEqualTo(7);
        assertThat(s.aboveScale()).isEqualTo(5);
        assertThat(s.districts()).hasSize(38);
        Map<String, RegionCount> d = s.districts().stream().collect(Collectors.toMap(RegionCount::regionCode, Function.identity()));
        assertThat(d.get("500112")).isEqualTo(new RegionCount("500112", "渝北区", 3, 3));
        assertThat(d.get("500113")).isEqualTo(new RegionCount("500113", "巴南区", 1, 1));
        assertThat(d.get("500110")).isEqualTo(new RegionCount("500110", "綦江区", 1, 0));
        assertThat(d.get("500101")).isEqualTo(new RegionCount("500101", "万州区", 0, 0));
        assertThat(s.districts().stream().mapToLong(RegionCount::enterprises).sum()).isEqualTo(s.enterprises());
        assertThat(s.zones()).containsExactly(new RegionCount("CQ-GXQ", "西部科学城重庆高新区", 0, 0),
                new RegionCount("CQ-LJXQ", "两江新区", 1, 1), new RegionCount("CQ-WSJKQ", "万盛经开区", 1, 0));
    }

    @Test
    void countsEachEnterpriseOnceAtItsBestTierAsCoreDoes() {
        CitySummary s = summaries.summary(2023);
        assertThat(s.tiers()).containsExactly(new TierCount(ClusterTier.TRILLION, 2, 2),
                new TierCount(ClusterTier.FIVE_HUNDRED_BILLION, 3, 2), new TierCount(ClusterTier.HUNDRED_BILLION, 1, 0),
                new TierCount(ClusterTier.RISING_STAR_GROWTH, 0, 0), new TierCount(ClusterTier.RISING_STAR_FUTURE, 0, 0));
        assertThat(s.outsideClusters()).isEqualTo(1);
        assertThat(s.outsideClustersAboveScale()).isEqualTo(1);

        ClusterTaxonomy taxonomy = new ClusterRepository(target.database()).taxonomy();
        Map<ClusterTier, Long> byCore = new EnumMap<>(ClusterTier.class);
        List<String> in2023 = SmallCity.records().stream().filter(y -> y.year() == 2023).map(y -> y.enterprise().value()).toList();
        for (Enterprise e : SmallCity.enterprises()) {
            if (in2023.contains(e.creditCode().value())) {
                taxonomy.topTierOf(e.industry()).ifPresent(t -> byCore.merge(t, 1L, Long::sum));
            }
        }
        assertThat(s.tiers()).allSatisfy(t -> assertThat(t.enterprises()).isEqualTo(byCore.getOrDefault(t.tier(), 0L)));
    }

    @Test
    void manufacturingPerMuFiguresFromSummedFacts() {
        ManufacturingSummary m = summaries.summary(2023).manufacturing();
        assertThat(m.enterprises()).isEqualTo(4);
        assertThat(m.tax()).isEqualByComparingTo("370");
        assertThat(m.valueAdded()).isEqualByComparingTo("4200");
        assertThat(m.output()).isEqualByComparingTo("14500");
        assertThat(m.landMu()).isEqualByComparingTo("50");
        assertThat(m.taxPerMu().value()).contains(new BigDecimal("8.5000"));
        assertThat(m.taxPerMu().included()).isEqualTo(2);
        assertThat(m.taxPerMu().excluded()).isEqualTo(2);
        assertThat(m.taxPerMu().numeratorSum()).isEqualByComparingTo("340");
        assertThat(m.taxPerMu().landSum()).isEqualByComparingTo("40");
        assertThat(m.valueAddedPerMu().value()).contains(new BigDecimal("84.0000"));
        assertThat(m.valueAddedPerMu().included()).isEqualTo(3);
        assertThat(m.outputPerMu().value()).contains(new BigDecimal("272.0000"));
        assertThat(m.outputPerMu().excluded()).isEqualTo(1);
    }

    @Test
    void theSqlSumsAgreeWithCoresRatioAggregateOverTheRecords() {
        List<String> manufacturing = SmallCity.enterprises().stream().filter(e -> e.industry().isManufacturing())
                .map(e -> e.creditCode().value()).toList();
        for (Indicator indicator : List.of(Indicator.TAX_PER_MU, Indicator.VALUE_ADDED_PER_MU, Indicator.OUTPUT_PER_MU)) {
            RatioAggregate core = new RatioAggregate(indicator);
            for (YearlyFacts y : SmallCity.records()) {
                if (y.year() == 2023 && y.aboveScale() && manufacturing.contains(y.enterprise().value())) {
                    core.add(y);
                }
            }
            ManufacturingSummary m = summaries.summary(2023).manufacturing();
            PerMuFigure figure = switch (indicator) {
                case TAX_PER_MU -> m.taxPerMu();
                case VALUE_ADDED_PER_MU -> m.valueAddedPerMu();
                default -> m.outputPerMu();
            };
            assertThat(figure.value()).isEqualTo(core.value());
            assertThat(figure.included()).isEqualTo(core.included());
            assertThat(figure.excluded()).isEqualTo(core.excluded());
        }
    }

    @Test
    void theYearsWithFacts() {
        assertThat(new FactYears(target.database()).all()).containsExactly(2022, 2023);
    }

    @Test
    void aScopeAndAnEmptyYear() {
        CitySummary yubei = summaries.summary(2023, Condition.eq(Column.DISTRICT_CODE, "500112"));
        assertThat(yubei.enterprises()).isEqualTo(3);
        assertThat(yubei.manufacturing().enterprises()).isEqualTo(2 + 0 + 1);
        assertThat(yubei.zones().get(1).enterprises()).isEqualTo(1);

        CitySummary empty = summaries.summary(2030);
        assertThat(empty.enterprises()).isZero();
        assertThat(empty.manufacturing().taxPerMu().value()).isEmpty();
        assertThat(empty.manufacturing().tax()).isEqualByComparingTo("0");
        assertThat(summaries.summary(2022).enterprises()).isEqualTo(2);
    }
}
