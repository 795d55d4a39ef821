package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.scheme.Scheme;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** DOMAIN.md §6 worked example (Linhai ≥ 3 亩): 120 uncapped, 97.5 at a 1.5× cap, 105 at 2×; DOMAIN-NOTES §1.12 example C: 91. */
class LinhaiGoldenTest {

    static final double EPS = 1e-9;

    static Units worked() {
        return Units.unit("91330000WORKED001").with("land", 20).with("tax", 240).with("revenue", 8000).with("value_added", 3000)
                .with("energy", 1500).with("cod", 2).with("water", 50000).with("employees", 150);
    }

    static UnitResult score(String schemeText) {
        Scheme scheme = SchemeLoader.load(schemeText);
        EvaluationInput in = EvaluationInput.of(2016, List.of(worked().build()));
        return EvaluationEngine.run(scheme, in).results().unit(0);
    }

    @Test
    void uncappedTotalIs120WithEachPart() {
        UnitResult r = score(SchemePresets.text(SchemePresets.LINHAI_2016));
        assertThat(r.categoryId()).isEqualTo("land_3mu_or_more");
        assertThat(r.indicators()).extracting(IndicatorResult::raw).containsExactly(12.0, 400.0, 2.0, 1500.0, 0.06, 20.0);
        assertThat(r.indicators().get(0).weighted()).isCloseTo(32, within(EPS));
        assertThat(r.indicators().get(1).weighted()).isCloseTo(13.333333333, within(1e-8));
        assertThat(r.indicators().get(2).weighted()).isCloseTo(13.333333333, within(1e-8));
        assertThat(r.indicators().get(3).weighted()).isCloseTo(45, within(EPS));
        assertThat(r.indicators().get(4).weighted()).isCloseTo(3, within(EPS));
        assertThat(r.indicators().get(5).weighted()).isCloseTo(13.333333333, within(1e-8));
        assertThat(r.total()).isCloseTo(120, within(EPS));
    }

    @Test
    void capAtOneAndAHalfTimesTheWeightGives97point5() {
        UnitResult r = score(SchemePresets.text(SchemePresets.LINHAI_2016).replace("  cap: none", "  cap: 1.5"));
        assertThat(r.indicators().get(3).weighted()).isCloseTo(22.5, within(EPS));
        assertThat(r.indicators().get(3).wasCapped()).isTrue();
        assertThat(r.total()).isCloseTo(97.5, within(EPS));
    }

    @Test
    void capAtTwiceTheWeightGives105() {
        UnitResult r = score(SchemePresets.text(SchemePresets.LINHAI_2016).replace("  cap: none", "  cap: 2"));
        assertThat(r.indicators().get(3).weighted()).isCloseTo(30, within(EPS));
        assertThat(r.total()).isCloseTo(105, within(EPS));
    }

    @Test
    void domainNotesExampleCTotals91() {
        // values 12; 450; 2.4; 400; 0.08; 18 → 32 + 15 + 16 + 12 + 4 + 12
        Units u = Units.unit("91330000EXAMPLEC1").with("land", 10).with("tax", 120).with("revenue", 4500).with("value_added", 240)
                .with("energy", 100).with("cod", 0.6).with("water", 3000).with("employees", 240.0 / 18);
        Scheme scheme = SchemePresets.load(SchemePresets.LINHAI_2016);
        UnitResult r = EvaluationEngine.run(scheme, EvaluationInput.of(2016, List.of(u.build()))).results().unit(0);
        assertThat(r.indicators()).extracting(IndicatorResult::weighted)
                .satisfiesExactly(p -> assertThat(p).isCloseTo(32, within(1e-9)), p -> assertThat(p).isCloseTo(15, within(1e-9)),
                        p -> assertThat(p).isCloseTo(16, within(1e-9)), p -> assertThat(p).isCloseTo(12, within(1e-9)),
                        p -> assertThat(p).isCloseTo(4, within(1e-9)), p -> assertThat(p).isCloseTo(12, within(1e-9)));
        assertThat(r.total()).isCloseTo(91, within(1e-9));
    }

    @Test
    void underThreeMuUsesTaxPerKwhInYuanPerKwh() {
        Units small = Units.unit("91330000SMALL0001").with("land", 2).with("tax", 30).with("revenue", 600).with("electricity", 150000);
        UnitResult r = EvaluationEngine.run(SchemePresets.load(SchemePresets.LINHAI_2016), EvaluationInput.of(2016, List.of(small.build())))
                .results().unit(0);
        assertThat(r.categoryId()).isEqualTo("land_under_3mu");
        // 15/15×50 = 50; 300/300×20 = 20; 30万元/150000 kWh = 2 元/kWh → 2/2×30 = 30
        assertThat(r.indicators().get(2).raw()).isCloseTo(2, within(1e-12));
        assertThat(r.total()).isCloseTo(100, within(1e-9));
    }
}
