package io.muyield.core.indicator;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RatioAggregateTest {

    private static YearlyFacts facts(String code, Map<FactField, String> values) {
        EnumMap<FactField, FactValue> m = new EnumMap<>(FactField.class);
        values.forEach((f, v) -> m.put(f, new FactValue(new BigDecimal(v), 1L)));
        return new YearlyFacts(CreditCode.parse(code), 2023, true, m);
    }

    @Test
    void regionFiguresComeFromSummedFactsNotAveragedRatios() {
        // A: 100 万元 tax on 10 mu (10/mu); B: 10 万元 on 90 mu (0.11/mu). Σ/Σ = 110/100 = 1.1, not the mean 5.06.
        RatioAggregate agg = new RatioAggregate(Indicator.TAX_PER_MU)
                .add(facts("91350100M000100Y43", Map.of(FactField.TAX, "100", FactField.LAND_OWNED, "10")))
                .add(facts("91110000600037341L", Map.of(FactField.TAX, "10", FactField.LAND_OWNED, "60", FactField.LAND_LEASED, "30")));
        assertThat(agg.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.1"));
        assertThat(agg.included()).isEqualTo(2);
    }

    @Test
    void enterprisesWithoutLandOrNumeratorAreLeftOutAndCounted() {
        RatioAggregate agg = new RatioAggregate(Indicator.TAX_PER_MU)
                .add(facts("91350100M000100Y43", Map.of(FactField.TAX, "30", FactField.LAND_OWNED, "20")))
                .add(facts("91110000600037341L", Map.of(FactField.TAX, "10")))
                .add(facts("9144030071526726XG", Map.of(FactField.LAND_OWNED, "5")));
        assertThat(agg.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.5"));
        assertThat(agg.excluded()).isEqualTo(2);
    }

    @Test
    void linhaiWorkedExampleIndicators() {
        // DOMAIN.md §6 worked example: land 20 mu, tax 240, sales 8000, VA 3000, energy 1500 tce, water 50000 t, 150 staff.
        YearlyFacts f = facts("91350100M000100Y43", Map.of(FactField.LAND_OWNED, "20", FactField.TAX, "240",
                FactField.REVENUE, "8000", FactField.VALUE_ADDED, "3000", FactField.ENERGY, "1500",
                FactField.WATER, "50000", FactField.EMPLOYEES, "150"));
        assertThat(single(Indicator.TAX_PER_MU, f)).isEqualByComparingTo("12");
        assertThat(single(Indicator.REVENUE_PER_MU, f)).isEqualByComparingTo("400");
        assertThat(single(Indicator.ENERGY_PRODUCTIVITY, f)).isEqualByComparingTo("2");
        assertThat(single(Indicator.WATER_PRODUCTIVITY, f)).isEqualByComparingTo("0.06");
        assertThat(single(Indicator.LABOUR_PRODUCTIVITY, f)).isEqualByComparingTo("20");
    }

    @Test
    void taxPerKwhIsInYuanPerKwh() {
        // 100 万元 tax over 5,000,000 kWh = 1,000,000 元 / 5,000,000 kWh = 0.2 元/kWh
        YearlyFacts f = facts("91350100M000100Y43", Map.of(FactField.TAX, "100", FactField.ELECTRICITY, "5000000"));
        assertThat(single(Indicator.TAX_PER_KWH, f)).isEqualByComparingTo("0.2");
    }

    private static BigDecimal single(Indicator i, YearlyFacts f) {
        return new RatioAggregate(i).add(f).value().orElseThrow();
    }
}
