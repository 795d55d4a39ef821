package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.input.UnitRecord;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Weighted arithmetic and geometric means (COINr a_amean, a_gmean), hierarchy, exclusion, and benchmark statistics. */
class AggregationAndBenchmarkTest {

    static EvaluationResults run(String categoriesYaml, List<UnitRecord> rows) {
        String text = """
                scheme: t
                version: 1
                input: table
                indicators: [{id: a}, {id: b}, {id: c}]
                defaults: {normalise: none}
                categories:
                %s
                classification: {method: quota, classes: [{id: A, share: 100}]}
                """.formatted(categoriesYaml.indent(2));
        return EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2024, rows)).results();
    }

    @Test
    void geometricMeanIsExpOfWeightedLogs() {
        String cat = """
                - id: all
                  dimensions:
                    - {id: d, weight: 1, aggregation: geometric_mean, indicators: [{id: a, weight: 1}, {id: b, weight: 3}]}
                """;
        EvaluationResults r = run(cat, List.of(Units.unit("u").with("a", 4).with("b", 9).build()));
        // 4^(1/4) × 9^(3/4) = 7.348469228
        assertThat(r.total(0)).isCloseTo(Math.pow(4, 0.25) * Math.pow(9, 0.75), within(1e-12));
        assertThat(r.total(0)).isCloseTo(7.348469228, within(1e-9));
    }

    @Test
    void geometricMeanWithAZeroIsZero() {
        String cat = """
                - id: all
                  dimensions:
                    - {id: d, weight: 1, aggregation: geometric_mean, indicators: [{id: a, weight: 1}, {id: b, weight: 1}]}
                """;
        assertThat(run(cat, List.of(Units.unit("u").with("a", 0).with("b", 9).build())).total(0)).isEqualTo(0);
    }

    @Test
    void weightedArithmeticMeanAndHierarchy() {
        // d1 = (4·1 + 9·3)/4 = 7.75; d2 = sum of c·2 = 10; index = arithmetic mean (7.75·1 + 10·3)/4 = 9.4375
        String cat = """
                - id: all
                  aggregation: arithmetic_mean
                  dimensions:
                    - {id: d1, weight: 1, aggregation: arithmetic_mean, indicators: [{id: a, weight: 1}, {id: b, weight: 3}]}
                    - {id: d2, weight: 3, aggregation: sum, indicators: [{id: c, weight: 2}]}
                """;
        EvaluationResults r = run(cat, List.of(Units.unit("u").with("a", 4).with("b", 9).with("c", 5).build()));
        assertThat(r.unit(0).dimensions()).extracting(UnitResult.DimensionScore::score).containsExactly(7.75, 10.0);
        assertThat(r.total(0)).isCloseTo(9.4375, within(1e-12));
    }

    @Test
    void excludedItemsRescaleTheRemainingWeightsUnderSum() {
        String cat = """
                - id: all
                  indicators:
                    - {id: a, weight: 60, missing: exclude}
                    - {id: b, weight: 40}
                """;
        // only b present: 0.5 × 40 × (100 / 40) = 50
        EvaluationResults r = run(cat, List.of(Units.unit("u").with("b", 0.5).build(), Units.unit("v").with("a", 1).with("b", 1).build()));
        assertThat(r.total(0)).isCloseTo(50, within(1e-12));
        assertThat(r.unit(0).indicators().get(0).note()).isEqualTo(ValueNote.MISSING);
    }

    static String derived(String benchmark) {
        return """
                - id: all
                  indicators:
                    - {id: a, weight: 1, normalise: ratio, benchmark: %s}
                """.formatted(benchmark);
    }

    static List<UnitRecord> fiveUnits() {
        return List.of(Units.unit("u1").with("a", 1).build(), Units.unit("u2").with("a", 2).build(), Units.unit("u3").with("a", 3).build(),
                Units.unit("u4").with("a", 4).build(), Units.unit("u5").with("a", 100).build());
    }

    @Test
    void derivedBenchmarksMeanMedianTrimmedPercentileAndFactor() {
        assertThat(run(derived("{statistic: mean}"), fiveUnits()).unit(0).indicators().get(0).benchmark()).isEqualTo(22);
        assertThat(run(derived("{statistic: median}"), fiveUnits()).unit(0).indicators().get(0).benchmark()).isEqualTo(3);
        assertThat(run(derived("{statistic: trimmed_mean, trim: 20}"), fiveUnits()).unit(0).indicators().get(0).benchmark()).isEqualTo(3);
        assertThat(run(derived("{statistic: percentile, percentile: 25}"), fiveUnits()).unit(0).indicators().get(0).benchmark()).isEqualTo(2);
        assertThat(run(derived("{statistic: median, factor: 2}"), fiveUnits()).unit(0).indicators().get(0).benchmark()).isEqualTo(6);
    }

    @Test
    void aggregateRatioIsSumOverSumNotTheMeanOfRatios() {
        String text = """
                scheme: t
                version: 1
                indicators: [{id: TAX_PER_MU, formula: tax / land}]
                categories:
                  - id: all
                    indicators: [{id: TAX_PER_MU, weight: 1, benchmark: {statistic: aggregate_ratio}}]
                classification: {method: quota, classes: [{id: A, share: 100}]}
                """;
        List<UnitRecord> rows = List.of(Units.unit("u1").with("tax", 10).with("land", 2).build(), Units.unit("u2").with("tax", 30).with("land", 8).build());
        EvaluationResults r = EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2024, rows)).results();
        // Σ tax / Σ land = 40 / 10 = 4, not (5 + 3.75) / 2
        assertThat(r.unit(0).indicators().get(0).benchmark()).isEqualTo(4);
    }

    @Test
    void industryBenchmarksFallBackToTheCategoryWhenTooFewPeers() {
        List<UnitRecord> rows = List.of(Units.unit("u1").industry("2611").with("a", 2).build(), Units.unit("u2").industry("2612").with("a", 4).build(),
                Units.unit("u3").industry("3911").with("a", 30).build());
        EvaluationResults r = run(derived("{statistic: mean, peers: industry, min_peers: 2}"), rows);
        assertThat(r.unit("u1").orElseThrow().indicators().get(0).benchmark()).isEqualTo(3);
        assertThat(r.unit("u3").orElseThrow().indicators().get(0).benchmark()).isEqualTo(12);
    }

    @Test
    void fixedBenchmarksByIndustryPrefixLongestWins() {
        List<UnitRecord> rows = List.of(Units.unit("u1").industry("2611").with("a", 2).build(), Units.unit("u2").industry("2612").with("a", 4).build(),
                Units.unit("u3").industry("3911").with("a", 30).build());
        EvaluationResults r = run(derived("{by_industry: {'26': 10, '2612': 20}, default: 5}"), rows);
        assertThat(r.unit("u1").orElseThrow().indicators().get(0).benchmark()).isEqualTo(10);
        assertThat(r.unit("u2").orElseThrow().indicators().get(0).benchmark()).isEqualTo(20);
        assertThat(r.unit("u3").orElseThrow().indicators().get(0).benchmark()).isEqualTo(5);
    }

    @Test
    void winsorisingClipsToTheType7Percentiles() {
        String cat = """
                - id: all
                  indicators:
                    - {id: a, weight: 1, outliers: {method: winsorise, lower: 25, upper: 75}}
                """;
        EvaluationResults r = run(cat, fiveUnits());
        // p25 = 2, p75 = 4
        assertThat(r.unit("u1").orElseThrow().indicators().get(0).value()).isEqualTo(2);
        assertThat(r.unit("u1").orElseThrow().indicators().get(0).note()).isEqualTo(ValueNote.CLIPPED_LOW);
        assertThat(r.unit("u5").orElseThrow().indicators().get(0).value()).isEqualTo(4);
        assertThat(r.unit("u3").orElseThrow().indicators().get(0).value()).isEqualTo(3);
        assertThat(r.log().render()).contains("winsorise a at p25/p75: 2 values clipped");
    }

    @Test
    void meanImputationUsesThePeerMeanOfValuesPresent() {
        String cat = """
                - id: all
                  indicators:
                    - {id: a, weight: 1, missing: mean}
                """;
        List<UnitRecord> rows = List.of(Units.unit("u1").with("a", 2).build(), Units.unit("u2").with("a", 4).build(), Units.unit("u3").build());
        IndicatorResult ir = run(cat, rows).unit("u3").orElseThrow().indicators().get(0);
        assertThat(ir.value()).isEqualTo(3);
        assertThat(ir.note()).isEqualTo(ValueNote.IMPUTED);
    }
}
