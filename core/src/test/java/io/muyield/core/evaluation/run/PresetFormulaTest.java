package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every formula of the Chongqing and Shandong-style presets, on hand-computed units. */
class PresetFormulaTest {

    static Units aboveScale(String id) {
        return Units.unit(id).with("above_scale", 1).with("land", 10).with("land_owned", 10).with("tenant", 0).with("age_years", 8)
                .with("tax", 150).with("value_added", 1200).with("energy", 600).with("rd_spending", 400).with("revenue", 10000)
                .with("employees", 40).with("cod", 1).with("so2", 1.5).with("nox", 0.5).with("electricity", 2_000_000);
    }

    @Test
    void chongqingAboveScaleParts() {
        UnitResult r = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023),
                EvaluationInput.of(2023, List.of(aboveScale("U1").build()))).results().unit(0);
        // 亩均增加值 120 / 166.87 × 25; 亩均税收 15 / 18.98 × 25; 单位能耗增加值 2 / 2.24 × 15; R&D 4 % / 2 = 2 → 1.5 (cap) × 15;
        // 全员劳动生产率 30 / 50 × 10; 单位排放增加值 1200 / 3 = 400 / 365 × 10
        assertThat(r.indicators()).extracting(IndicatorResult::raw).containsExactly(120.0, 15.0, 2.0, 4.0, 30.0, 400.0);
        double[] parts = {120 / 166.87 * 25, 15 / 18.98 * 25, 2 / 2.24 * 15, 1.5 * 15, 30.0 / 50 * 10, 400 / 365.0 * 10};
        for (int i = 0; i < parts.length; i++) {
            assertThat(r.indicators().get(i).weighted()).as(r.indicators().get(i).indicatorId()).isCloseTo(parts[i], within(1e-12));
        }
        assertThat(r.indicators().get(3).wasCapped()).isTrue();
    }

    @Test
    void chongqingBelowScaleBenchmarksAreTheCategorysAggregateRatio() {
        Units a = Units.unit("S1").with("above_scale", 0).with("land", 4).with("land_owned", 4).with("tenant", 0).with("age_years", 5)
                .with("tax", 8).with("electricity", 400_000);
        Units b = Units.unit("S2").with("above_scale", 0).with("land", 6).with("land_owned", 6).with("tenant", 0).with("age_years", 5)
                .with("tax", 22).with("electricity", 600_000);
        EvaluationResults r = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), EvaluationInput.of(2023, List.of(a.build(), b.build()))).results();
        UnitResult s1 = r.unit("S1").orElseThrow();
        // Σ tax / Σ land = 30 / 10 = 3; Σ tax / Σ kWh × 10⁴ = 30 / 1,000,000 × 10⁴ = 0.3 元/kWh
        assertThat(s1.indicators().get(0).benchmark()).isCloseTo(3, within(1e-12));
        assertThat(s1.indicators().get(1).benchmark()).isCloseTo(0.3, within(1e-12));
        // S1: 2 / 3 × 60 + 0.2 / 0.3 × 40
        assertThat(s1.total()).isCloseTo(2.0 / 3 * 60 + 0.2 / 0.3 * 40, within(1e-9));
    }

    @Test
    void shandongAboveScaleFormulas() {
        Units b = aboveScale("U2").with("tax", 50).with("revenue", 5000);
        EvaluationResults r = EvaluationEngine.run(SchemePresets.load(SchemePresets.SHANDONG_STYLE),
                EvaluationInput.of(2024, List.of(aboveScale("U1").build(), b.build()))).results();
        UnitResult u1 = r.unit("U1").orElseThrow();
        // 单位用地税收 15; 单位能耗销售收入 10000/600; 单位污染物排放销售收入 10000/3; R&D 4 %; 全员劳动生产率 30
        assertThat(u1.indicators()).extracting(IndicatorResult::raw)
                .containsExactly(15.0, 10000.0 / 600, 10000.0 / 3, 4.0, 30.0);
        // benchmark of 单位用地税收 = (150 + 50) / (10 + 10) = 10 → 15 / 10 × 40 = 60
        assertThat(u1.indicators().get(0).benchmark()).isCloseTo(10, within(1e-12));
        assertThat(u1.indicators().get(0).weighted()).isCloseTo(60, within(1e-12));
        // R&D benchmark = Σ rd / Σ revenue × 100 = 800 / 15000 × 100 = 5.3333 → 4 / 5.3333 × 15 = 11.25
        assertThat(u1.indicators().get(3).benchmark()).isCloseTo(800.0 / 15000 * 100, within(1e-12));
        assertThat(u1.indicators().get(3).weighted()).isCloseTo(11.25, within(1e-12));
    }

    @Test
    void markedMissingDataLeavesTheUnitUnclassified() {
        String text = SchemePresets.text(SchemePresets.LINHAI_2016).replace("  missing: zero", "  missing: mark");
        Units c = Units.unit("C").with("land", 10).with("tax", 120).with("revenue", 4500).with("value_added", 240).with("energy", 100)
                .with("cod", 0.6).with("employees", 13);
        EvaluationResults r = EvaluationEngine.run(io.muyield.core.evaluation.scheme.SchemeLoader.load(text), EvaluationInput.of(2016, List.of(c.build()))).results();
        UnitResult u = r.unit(0);
        assertThat(u.marked()).isTrue();
        assertThat(u.status()).isEqualTo(UnitStatus.UNCLASSIFIED);
        assertThat(u.indicators().get(4).note()).isEqualTo(ValueNote.MARKED);
        assertThat(u.ranks().city()).isEqualTo(1);
    }
}
