package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The normalisers against the OECD/JRC Handbook and COINr definitions (n_minmax, n_zscore, n_rank, n_prank,
 * n_dist2targ, n_dist2max, n_scaled), with numbers worked by hand on x = 1, 2, 3, 4, 10.
 */
class NormalisationTest {

    static final double[] X = {1, 2, 3, 4, 10};

    static double[] normalised(String normalise, String direction, double... x) {
        String text = """
                scheme: t
                version: 1
                input: table
                indicators:
                  - {id: x, direction: %s}
                categories:
                  - id: all
                    indicators:
                      - {id: x, weight: 1, normalise: %s}
                classification: {method: quota, classes: [{id: A, share: 100}]}
                """.formatted(direction, normalise);
        List<io.muyield.core.evaluation.input.UnitRecord> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            rows.add(Units.unit("u" + i).with("x", x[i]).build());
        }
        EvaluationResults r = EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2024, rows)).results();
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = r.unit("u" + i).orElseThrow().indicators().get(0).normalised();
        }
        return out;
    }

    @Test
    void minMaxToZeroHundred() {
        assertThat(normalised("min_max", "higher", X)).containsExactly(new double[]{0, 100.0 / 9, 200.0 / 9, 300.0 / 9, 100}, within(1e-12));
    }

    @Test
    void minMaxLowerIsBetterWorksOnMinusX() {
        assertThat(normalised("min_max", "lower", X)).containsExactly(new double[]{100, 800.0 / 9, 700.0 / 9, 600.0 / 9, 0}, within(1e-12));
    }

    @Test
    void zScoreWithTheSampleStandardDeviationByDefault() {
        // mean 4, Σ(x−m)² = 50, sample sd = √12.5 = 3.5355339
        double[] z = normalised("z_score", "higher", X);
        assertThat(z[4]).isCloseTo(6 / Math.sqrt(12.5), within(1e-12));
        assertThat(z[4]).isCloseTo(1.6970563, within(1e-7));
        assertThat(z[0]).isCloseTo(-3 / Math.sqrt(12.5), within(1e-12));
    }

    @Test
    void zScoreWithThePopulationStandardDeviationWhenAsked() {
        double[] z = normalised("{method: z_score, sd_of: population}", "higher", X);
        assertThat(z[4]).isCloseTo(6 / Math.sqrt(10), within(1e-12));
        assertThat(z[4]).isCloseTo(1.8973666, within(1e-7));
    }

    @Test
    void zScoreRescaledToMeanAndSd() {
        double[] z = normalised("{method: z_score, mean: 50, sd: 10}", "higher", X);
        assertThat(z[3]).isCloseTo(50, within(1e-12));
        assertThat(z[4]).isCloseTo(50 + 10 * 6 / Math.sqrt(12.5), within(1e-12));
    }

    @Test
    void rankTakesTheMinimumForTies() {
        assertThat(normalised("rank", "higher", 3, 1, 3, 2)).containsExactly(3, 1, 3, 2);
    }

    @Test
    void percentileRankIsRankMinusOneOverNMinusOne() {
        assertThat(normalised("{method: percentile_rank, scale: 1}", "higher", 3, 1, 3, 2))
                .containsExactly(new double[]{2.0 / 3, 0, 2.0 / 3, 1.0 / 3}, within(1e-12));
        assertThat(normalised("percentile_rank", "higher", 3, 1, 3, 2)).containsExactly(new double[]{200.0 / 3, 0, 200.0 / 3, 100.0 / 3}, within(1e-12));
    }

    @Test
    void distanceToTarget() {
        // 1 − (8 − x) ÷ (8 − 1)
        assertThat(normalised("{method: distance_to_target, target: 8}", "higher", X))
                .containsExactly(new double[]{0, 1.0 / 7, 2.0 / 7, 3.0 / 7, 9.0 / 7}, within(1e-12));
        assertThat(normalised("{method: distance_to_target, target: 8, cap_at_target: true}", "higher", X)[4]).isEqualTo(1.0);
    }

    @Test
    void distanceToBest() {
        assertThat(normalised("distance_to_best", "higher", X)).containsExactly(new double[]{0, 1.0 / 9, 2.0 / 9, 3.0 / 9, 1}, within(1e-12));
    }

    @Test
    void scaledWithLowZeroAndHighTheBenchmarkIsTheRatio() {
        // COINr "scaled" (x − a)/(b − a) × s with a = 0, b = benchmark, s = 1: ratio-to-benchmark × weight is s = weight
        String text = """
                scheme: t
                version: 1
                input: table
                indicators: [{id: x}]
                categories:
                  - id: all
                    indicators:
                      - {id: x, weight: 40, benchmark: 15, normalise: {method: scaled, low: 0}}
                classification: {method: quota, classes: [{id: A, share: 100}]}
                """;
        EvaluationResults r = EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2024, List.of(Units.unit("u").with("x", 12).build()))).results();
        assertThat(r.unit(0).indicators().get(0).normalised()).isEqualTo(12.0 / 15);
        assertThat(r.total(0)).isCloseTo(32, within(1e-12));
        assertThat(r.total(0)).isEqualTo(12.0 / 15 * 40);
    }

    @Test
    void ratioForLowerIsBetterIsBenchmarkOverValue() {
        String text = """
                scheme: t
                version: 1
                input: table
                indicators: [{id: energy_per_output, direction: lower}]
                categories:
                  - id: all
                    indicators:
                      - {id: energy_per_output, weight: 10, benchmark: 0.5}
                classification: {method: quota, classes: [{id: A, share: 100}]}
                """;
        EvaluationResults r = EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2024, List.of(Units.unit("u").with("energy_per_output", 0.4).build()))).results();
        assertThat(r.total(0)).isCloseTo(0.5 / 0.4 * 10, within(1e-12));
    }
}
