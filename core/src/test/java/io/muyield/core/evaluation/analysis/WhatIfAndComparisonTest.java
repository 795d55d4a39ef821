package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.SyntheticCity;
import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.Stage;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WhatIfAndComparisonTest {

    static final EvaluationInput CITY = EvaluationInput.of(2023, SyntheticCity.units(800, 5));

    static EvaluationResults chongqing() {
        return EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), CITY).results();
    }

    @Test
    void linhaiCapsAsWhatIfs() {
        Units worked = Units.unit("W").with("land", 20).with("tax", 240).with("revenue", 8000).with("value_added", 3000)
                .with("energy", 1500).with("cod", 2).with("water", 50000).with("employees", 150);
        EvaluationResults base = EvaluationEngine.run(SchemePresets.load(SchemePresets.LINHAI_2016), EvaluationInput.of(2016, List.of(worked.build()))).results();
        assertThat(base.total(0)).isCloseTo(120, within(1e-9));
        WhatIfResult capped = WhatIf.on(base).cap("land_3mu_or_more", "COD_PRODUCTIVITY", OptionalDouble.of(1.5)).run();
        assertThat(capped.recomputedFrom()).isEqualTo(Stage.CAP_AND_FLOOR);
        assertThat(capped.results().total(0)).isCloseTo(97.5, within(1e-9));
        assertThat(WhatIf.on(base).cap("land_3mu_or_more", "COD_PRODUCTIVITY", OptionalDouble.of(2)).run().results().total(0)).isCloseTo(105, within(1e-9));
        assertThat(base.total(0)).isCloseTo(120, within(1e-9));
    }

    @Test
    void aWhatIfEqualsAFullRunOfTheChangedSchemeBitForBit() {
        EvaluationResults base = chongqing();
        WhatIf w = WhatIf.on(base).weight("above_scale", "RD_INTENSITY", 20).weight("above_scale", "TAX_PER_MU", 20)
                .benchmark("above_scale", "VALUE_ADDED_PER_MU", 150).share("A", 25).share("B", 40);
        WhatIfResult result = w.run();
        EvaluationResults full = EvaluationEngine.run(w.changedScheme(), CITY).results();
        for (int i = 0; i < CITY.size(); i++) {
            assertThat(Double.doubleToRawLongBits(result.results().total(i))).isEqualTo(Double.doubleToRawLongBits(full.total(i)));
            assertThat(result.results().classOf(i)).isEqualTo(full.classOf(i));
            assertThat(result.results().cityRank(i)).isEqualTo(full.cityRank(i));
        }
        assertThat(result.transitions().changed()).isGreaterThan(0);
        assertThat(result.transitions().count("A", "A") + result.transitions().count("B", "A")).isGreaterThan(0);
    }

    @Test
    void aWhatIfWithoutChangesMovesNobody() {
        WhatIfResult r = WhatIf.on(chongqing()).run();
        assertThat(r.transitions().changed()).isZero();
    }

    @Test
    void sharesMustStillAddUpTo100() {
        assertThatThrownBy(() -> WhatIf.on(chongqing()).share("A", 30).run()).hasMessageContaining("add up to 110");
    }

    @Test
    void transitionMatrixAndMoversBetweenTwoSchemes() {
        EvaluationResults a = chongqing();
        EvaluationResults b = EvaluationEngine.run(SchemePresets.load(SchemePresets.SHANDONG_STYLE), CITY).results();
        RunComparison cmp = new RunComparison(a, b);
        TransitionMatrix m = cmp.transitions();
        long sum = 0;
        for (long[] row : m.counts()) {
            for (long c : row) sum += c;
        }
        assertThat(sum).isEqualTo(CITY.size());
        assertThat(m.labels()).containsExactly("A", "B", "C", "D", "—");
        List<RankMove> movers = cmp.biggestMovers(5);
        assertThat(movers).hasSize(5);
        assertThat(Math.abs(movers.get(0).places())).isGreaterThanOrEqualTo(Math.abs(movers.get(4).places()));
        RankMove top = movers.get(0);
        assertThat(top.causes()).isNotEmpty();
        assertThat(Math.abs(top.causes().get(0).partChange())).isGreaterThanOrEqualTo(Math.abs(top.causes().get(top.causes().size() - 1).partChange()));
        assertThat(m.render()).startsWith("before\\after\tA\tB\tC\tD\t—");
    }

    @Test
    void weightChangeMovesRanksAndTheCausesNameTheIndicator() {
        EvaluationResults base = chongqing();
        EvaluationResults after = WhatIf.on(base).weight("above_scale", "RD_INTENSITY", 40).run().results();
        // a unit may move only because others moved (its own parts unchanged); take the first whose total changed
        RankMove top = new RunComparison(base, after).biggestMovers(50).stream().filter(m -> m.totalAfter() != m.totalBefore()).findFirst().orElseThrow();
        assertThat(top.causes().get(0).indicatorId()).isEqualTo("RD_INTENSITY");
    }
}
