package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Huangyan's published formula (DOMAIN.md §6, DOMAIN-NOTES §1.2) recomputed: DOMAIN.md's worked example 105.686 with
 * each part, DOMAIN-NOTES §1.12 examples A (115.709) and B (规下, 74.864), and the "规上 without emission data takes
 * the 规上 average for that item" rule.
 */
class HuangyanGoldenTest {

    /** 亩均税收 30, 亩均增加值 150, 单位能耗增加值 2.0, 单位排放增加值 3,000, 全员劳动生产率 25, R&D 3.5 %. */
    static Units domainExample(String id) {
        return Units.unit(id).with("above_scale", 1).with("land", 10).with("tax", 300).with("value_added", 1500).with("energy", 750)
                .with("cod", 0.3).with("so2", 0.2).with("employees", 60).with("revenue", 10000).with("rd_spending", 350);
    }

    static EvaluationResults run(int year, Units... units) {
        return EvaluationEngine.run(SchemePresets.load(SchemePresets.HUANGYAN_2022),
                EvaluationInput.of(year, java.util.Arrays.stream(units).map(Units::build).toList())).results();
    }

    @Test
    void domainWorkedExampleIs105point686WithEachPart() {
        UnitResult r = run(2022, domainExample("91331003DOMAIN001")).unit(0);
        assertThat(r.indicators()).extracting(IndicatorResult::raw)
                .satisfiesExactly(v -> assertThat(v).isCloseTo(30, within(1e-12)), v -> assertThat(v).isCloseTo(150, within(1e-12)),
                        v -> assertThat(v).isCloseTo(2, within(1e-12)), v -> assertThat(v).isCloseTo(3000, within(1e-9)),
                        v -> assertThat(v).isCloseTo(25, within(1e-12)), v -> assertThat(v).isCloseTo(0.035, within(1e-15)));
        double[] parts = r.indicators().stream().mapToDouble(IndicatorResult::weighted).toArray();
        double[] expected = {37.349, 22.033, 14.848, 6.085, 13.782, 11.589};
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i]).as("part %d", i).isCloseTo(expected[i], within(0.0005));
        }
        assertThat(r.total()).isCloseTo(105.686, within(0.0005));
        assertThat(r.total()).isCloseTo(30 / 24.097 * 30 + 150 / 136.16 * 20 + 2 / 2.694 * 20 + 3000 / 4929.81 * 10 + 25 / 18.14 * 10 + 0.035 / 0.0302 * 10, within(1e-9));
    }

    @Test
    void domainNotesExampleAIs115point709() {
        Units a = Units.unit("91331003EXAMPLEA1").with("above_scale", 1).with("land", 50).with("tax", 1500).with("value_added", 8000)
                .with("energy", 2500).with("cod", 1.6).with("employees", 400).with("rd_spending", 1200).with("revenue", 40000);
        UnitResult r = run(2022, a).unit(0);
        double[] expected = {37.349, 23.502, 23.756, 10.142, 11.025, 9.934};
        for (int i = 0; i < expected.length; i++) {
            assertThat(r.indicators().get(i).weighted()).isCloseTo(expected[i], within(0.0005));
        }
        assertThat(r.total()).isCloseTo(115.709, within(0.0005));
    }

    @Test
    void domainNotesExampleBBelowScaleIs74point864() {
        Units b = Units.unit("91331003EXAMPLEB1").with("above_scale", 0).with("land", 8).with("tax", 60).with("electricity", 3_000_000);
        UnitResult r = run(2022, b).unit(0);
        assertThat(r.categoryId()).isEqualTo("below_scale");
        assertThat(r.indicators().get(0).weighted()).isCloseTo(32.347, within(0.0005));
        assertThat(r.indicators().get(1).raw()).isCloseTo(0.2, within(1e-12));
        assertThat(r.indicators().get(1).weighted()).isCloseTo(42.517, within(0.0005));
        assertThat(r.total()).isCloseTo(74.864, within(0.0005));
    }

    @Test
    void benchmarksOf2021ApplyToDataYear2021() {
        UnitResult r = run(2021, domainExample("91331003DOMAIN001")).unit(0);
        assertThat(r.indicators().get(0).benchmark()).isEqualTo(26.01);
        assertThat(r.indicators().get(0).weighted()).isCloseTo(30 / 26.01 * 30, within(1e-12));
    }

    @Test
    void aboveScaleWithoutEmissionDataTakesTheAboveScaleMeanScoreForThatItem() {
        Units first = domainExample("91331003FIRST0001");
        Units second = Units.unit("91331003SECOND001").with("above_scale", 1).with("land", 10).with("tax", 300).with("value_added", 1500)
                .with("energy", 750).with("cod", 0.15).with("employees", 60).with("revenue", 10000).with("rd_spending", 350);
        Units noEmissions = Units.unit("91331003NOEMIT001").with("above_scale", 1).with("land", 10).with("tax", 300).with("value_added", 1500)
                .with("energy", 750).with("employees", 60).with("revenue", 10000).with("rd_spending", 350);
        EvaluationResults results = run(2022, first, second, noEmissions);
        double p1 = 3000 / 4929.81 * 10;
        double p2 = 10000 / 4929.81 * 10;
        IndicatorResult emission = results.unit("91331003NOEMIT001").orElseThrow().indicators().get(3);
        assertThat(emission.note()).isEqualTo(ValueNote.MEAN_SCORE);
        assertThat(emission.weighted()).isCloseTo((p1 + p2) / 2, within(1e-9));
    }
}
