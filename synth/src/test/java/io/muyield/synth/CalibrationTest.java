package io.muyield.synth;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/** DOMAIN.md §10: Chongqing 2023 规上 manufacturing, Σ numerator ÷ Σ land. */
class CalibrationTest {

    /** The 2023 aggregates of a generated city. */
    record Aggregates(double taxPerMu, double valueAddedPerMu, double outputPerMu, double output, int firms) {
    }

    static Aggregates aggregates(GeneratorSpec spec) {
        RatioAggregate tax = new RatioAggregate(Indicator.TAX_PER_MU);
        RatioAggregate va = new RatioAggregate(Indicator.VALUE_ADDED_PER_MU);
        RatioAggregate out = new RatioAggregate(Indicator.OUTPUT_PER_MU);
        BigDecimal[] output = {BigDecimal.ZERO};
        int[] firms = {0};
        new CityGenerator(spec).enterprises().forEach(e -> e.factsIn(2023).ifPresent(f -> {
            if (f.aboveScale() && e.enterprise().industry().isManufacturing()) {
                tax.add(f);
                va.add(f);
                out.add(f);
                output[0] = output[0].add(f.get(FactField.OUTPUT).orElseThrow());
                firms[0]++;
            }
        }));
        assertThat(tax.excluded()).isZero();
        return new Aggregates(tax.value().orElseThrow().doubleValue(), va.value().orElseThrow().doubleValue(),
                out.value().orElseThrow().doubleValue(), output[0].doubleValue(), firms[0]);
    }

    @Test
    void perMuFiguresMeetChongqing2023AtTwentyThousandEnterprises() {
        GeneratorSpec spec = GeneratedCity.spec(20_000, 2023, 0).withYears(2022, 2023);
        Aggregates a = aggregates(spec);

        assertThat(a.taxPerMu()).isCloseTo(18.98, withinPercentage(5));
        assertThat(a.valueAddedPerMu()).isCloseTo(166.87, withinPercentage(5));
        assertThat(a.outputPerMu()).isCloseTo(734.17, withinPercentage(5));
        double scaleToDefault = (double) spec.profile().defaultEnterprises() / spec.enterprises();
        assertThat(a.output() * scaleToDefault).isCloseTo(2.6e8, withinPercentage(5));
        assertThat(a.firms() * scaleToDefault).isCloseTo(7_200, withinPercentage(5));
    }

    @Test
    void theCalibrationOnlyNudgesTheModel() {
        Calibration c = new CityGenerator(GeneratedCity.spec(20_000, 1, 0)).calibration();
        assertThat(c.output()).isCloseTo(1, within(0.1));
        assertThat(c.valueAdded()).isCloseTo(1, within(0.2));
        assertThat(c.tax()).isCloseTo(1, within(0.25));
        assertThat(c.land()).isCloseTo(1, within(0.3));
    }

    @Test
    void revenueLineDecidesTheScaleFlag() {
        new CityGenerator(GeneratedCity.spec(3000, 9, 0)).enterprises().flatMap(e -> e.facts().stream())
                .filter(f -> f.get(FactField.REVENUE).isPresent())
                .forEach((YearlyFacts f) -> assertThat(f.aboveScale())
                        .isEqualTo(f.get(FactField.REVENUE).orElseThrow().compareTo(BigDecimal.valueOf(2000)) >= 0));
    }

    @Test
    void defaultCityHasChongqingsSizeForSeveralSeeds() {
        for (long seed : new long[]{1, 2, 3}) {
            Aggregates a = aggregates(GeneratorSpec.defaults().withSeed(seed).withYears(2023, 2023));
            assertThat(a.firms()).isCloseTo(7_200, withinPercentage(5));
            assertThat(a.output()).isCloseTo(2.6e8, withinPercentage(5));
            assertThat(a.taxPerMu()).isCloseTo(18.98, withinPercentage(1));
            assertThat(a.valueAddedPerMu()).isCloseTo(166.87, withinPercentage(1));
            assertThat(a.outputPerMu()).isCloseTo(734.17, withinPercentage(1));
        }
    }
}
