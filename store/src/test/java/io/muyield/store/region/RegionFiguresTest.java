package io.muyield.store.region;

import io.muyield.core.indicator.Indicator;
import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import io.muyield.store.cluster.ClusterCity;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ClusterCity by district, 2023: 500112 K1 K3 K5 (3, 规上 2, output 1210 + 100 + 50 = 1360, tax 51; 亩均税收 50/10 = 5,
 * K3 has land 0 and K5 none); 500107 K2 (tax 20 on 5 mu: 4); 500103 K4 (tax 6 on 2 mu: 3).
 * City 亩均税收 = (50 + 20 + 6) / (10 + 5 + 2) = 76/17. 2022 has no land: every 亩均税收 empty.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class RegionFiguresTest {

    @Parameter
    TestDatabase target;

    private RegionFigureRepository figures;

    @BeforeEach
    void city() {
        ClusterCity.write(target);
        figures = new RegionFigureRepository(target.database());
    }

    @Test
    void districtsFromSummedFacts() {
        Map<String, RegionFigures> y2023 = figures.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all()).get(2023);
        RegionFigures yubei = y2023.get("500112");
        assertThat(yubei.enterprises()).isEqualTo(3);
        assertThat(yubei.aboveScale()).isEqualTo(2);
        assertThat(yubei.output()).isEqualByComparingTo("1360");
        assertThat(yubei.tax()).isEqualByComparingTo("51");
        assertThat(yubei.value(Metric.TAX_PER_MU)).contains(new BigDecimal("5.0000"));
        assertThat(yubei.ratios().get(Indicator.TAX_PER_MU).included()).isEqualTo(1);
        assertThat(y2023.get("500107").value(Metric.VALUE_ADDED_PER_MU)).contains(new BigDecimal("20.0000"));
        RegionFigures city = figures.total(Condition.all()).get(2023);
        assertThat(city.enterprises()).isEqualTo(5);
        assertThat(city.value(Metric.TAX_PER_MU)).contains(new BigDecimal("4.4706")); // 76 / 17
        assertThat(figures.total(Condition.all()).get(2022).value(Metric.TAX_PER_MU)).isEmpty();
    }

    @Test
    void zonesParksAndTheConditionOfARegion() {
        assertThat(figures.byRegion(RegionFigureRepository.Level.ZONE, Condition.all()).get(2023).get("CQ-LJXQ").enterprises()).isEqualTo(1);
        assertThat(figures.byRegion(RegionFigureRepository.Level.PARK, Condition.all()).get(2023).get(ClusterCity.PARK).enterprises()).isEqualTo(2);
        assertThat(figures.within("CQ-LJXQ")).contains(Condition.eq(Column.ZONE_CODE, "CQ-LJXQ"));
        assertThat(figures.within("500112")).contains(Condition.eq(Column.DISTRICT_CODE, "500112"));
        assertThat(figures.within(ClusterCity.PARK)).contains(Condition.eq(Column.PARK_CODE, ClusterCity.PARK));
        assertThat(figures.within("500000")).contains(Condition.all());
        assertThat(figures.within("no-such-place")).isEmpty();
        Condition yubei = figures.within("500112").orElseThrow();
        assertThat(figures.total(yubei).get(2023).enterprises()).isEqualTo(3);
    }

    @Test
    void leagueOnAScorecardWithYearOnYearMovement() {
        List<String> codes = List.of("500103", "500107", "500112");
        Scorecard card = new Scorecard(List.of(new Scorecard.Item(Metric.TAX_PER_MU, new BigDecimal("100"))));
        var byYear = figures.byRegion(RegionFigureRepository.Level.DISTRICT, Condition.all());
        List<League.Row> rows = League.rank(codes, byYear, figures.total(Condition.all()), card, 2023);
        assertThat(rows).extracting(League.Row::code).containsExactly("500112", "500107", "500103");
        assertThat(rows.get(0).score()).isEqualByComparingTo("111.8421");   // 5 ÷ (76/17) × 100 = 111.842…
        assertThat(rows.get(1).score()).isEqualByComparingTo("89.4737");    // 4 ÷ (76/17) × 100
        assertThat(rows.get(2).score()).isEqualByComparingTo("67.1053");    // 3 ÷ (76/17) × 100
        // 2022: nobody has land, all score 0, ranks by code: 500103, 500107, 500112.
        assertThat(rows.get(0).movement()).contains(2);
        assertThat(rows.get(1).movement()).contains(0);
        assertThat(rows.get(2).movement()).contains(-2);
        assertThat(League.rank(codes, byYear, figures.total(Condition.all()), card, 2022).get(0).previousRank()).isEqualTo(Optional.of(1));
    }
}
