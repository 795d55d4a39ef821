package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.SyntheticCity;
import io.muyield.core.evaluation.explain.Explanation;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.input.UnitRecord;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every preset runs on a small city; same scheme and input give bit-identical results whatever the row order. */
class PresetRunTest {

    @Test
    void everyPresetRunsAndClassesEveryClassifiableUnit() {
        EvaluationInput in = EvaluationInput.of(2022, SyntheticCity.units(600, 7));
        for (String id : SchemePresets.ids()) {
            EvaluationRun run = EvaluationEngine.run(SchemePresets.load(id), in);
            EvaluationResults r = run.results();
            long classified = r.units().filter(UnitResult::classified).count();
            assertThat(classified).as(id).isGreaterThan(300);
            assertThat(run.log().entries()).as(id).isNotEmpty();
            assertThat(Explanation.of(r, r.rankedRows()[0]).renderZh()).as(id).contains("最终档次");
        }
    }

    @Test
    void chongqingExemptsUtilitiesAndClassesWithinDistricts() {
        EvaluationResults r = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), EvaluationInput.of(2023, SyntheticCity.units(600, 7))).results();
        assertThat(r.units().filter(u -> u.industry().startsWith("44"))).allMatch(u -> u.status() == UnitStatus.EXEMPT);
        assertThat(r.units().filter(u -> u.status() == UnitStatus.CLASSIFIED && u.categoryId().equals("above_scale")).map(UnitResult::classLabel).distinct())
                .contains("A", "B", "C", "D");
        assertThat(r.log().render()).contains("benchmark TAX_PER_MU in below_scale_3mu_or_more [statistic=aggregate_ratio");
    }

    @Test
    void sameSchemeAndInputGiveBitIdenticalResultsWhateverTheRowOrder() {
        List<UnitRecord> rows = SyntheticCity.units(500, 11);
        List<UnitRecord> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(3));
        EvaluationRun a = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), EvaluationInput.of(2023, rows));
        EvaluationRun b = EvaluationEngine.run(SchemePresets.load(SchemePresets.CHONGQING_2023), EvaluationInput.of(2023, shuffled));
        assertThat(b.inputSha256()).isEqualTo(a.inputSha256());
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
        assertThat(b.log().render()).isEqualTo(a.log().render());
        for (int i = 0; i < a.results().size(); i++) {
            assertThat(Double.doubleToRawLongBits(b.results().total(i))).isEqualTo(Double.doubleToRawLongBits(a.results().total(i)));
            assertThat(b.results().classOf(i)).isEqualTo(a.results().classOf(i));
            assertThat(b.results().cityRank(i)).isEqualTo(a.results().cityRank(i));
        }
    }

    @Test
    void anyChangeOfInputChangesTheSnapshotHash() {
        List<UnitRecord> rows = new ArrayList<>(SyntheticCity.units(50, 11));
        String before = EvaluationInput.of(2023, rows).snapshotSha256();
        UnitRecord first = rows.get(0);
        java.util.Map<String, Double> values = new java.util.HashMap<>(first.values());
        values.put("tax", values.get("tax") + 0.0001);
        rows.set(0, new UnitRecord(first.id(), first.name(), first.district(), first.industry(), values, first.tags(), first.events(), first.landlord()));
        assertThat(EvaluationInput.of(2023, rows).snapshotSha256()).isNotEqualTo(before);
        assertThat(EvaluationInput.of(2024, SyntheticCity.units(50, 11)).snapshotSha256()).isNotEqualTo(before);
    }
}
