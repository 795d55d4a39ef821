package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DOMAIN-NOTES §1.12 example C (Linhai, total 91) under thresholds A ≥ 100, B ≥ 80: to reach 100 it needs +9 points.
 * Tax alone: tax part 32 → 41, 亩均税收 12 → 15.375, tax 120 → 153.75 (+33.75 万元). Energy alone: part 16 → 25,
 * 单位能耗增加值 2.4 → 3.75, energy 100 → 64 tce (−36). Value added alone moves four items worth 44 → 53:
 * 240 × 53 ÷ 44 = 289.0909 万元.
 */
class ClassLiftTest {

    static EvaluationResults exampleC(String classification) {
        String text = SchemePresets.text(SchemePresets.LINHAI_2016);
        text = text.substring(0, text.indexOf("classification:")) + classification;
        Units c = Units.unit("C").with("land", 10).with("tax", 120).with("revenue", 4500).with("value_added", 240)
                .with("energy", 100).with("cod", 0.6).with("water", 3000).with("employees", 240.0 / 18);
        Units d = Units.unit("D").with("land", 10).with("tax", 200).with("revenue", 9000).with("value_added", 600)
                .with("energy", 100).with("cod", 0.6).with("water", 3000).with("employees", 20);
        return EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2016, List.of(c.build(), d.build()))).results();
    }

    static final String THRESHOLDS = """
            classification:
              method: thresholds
              classes:
                - {id: A, min_score: 100}
                - {id: B, min_score: 80}
                - {id: C, min_score: 60}
                - {id: D}
            """;

    @Test
    void eachFactAloneToTheNextThreshold() {
        EvaluationResults r = exampleC(THRESHOLDS);
        HealthReport h = ClassLift.of(r, r.input().indexOf("C"));
        assertThat(h.currentClass()).isEqualTo("B");
        assertThat(h.targetClass()).isEqualTo("A");
        assertThat(h.targetScore()).isEqualTo(100);
        Map<String, FactChange> by = h.changes().stream().collect(Collectors.toMap(FactChange::column, Function.identity()));
        assertThat(by.get("tax").required()).isCloseTo(153.75, within(1e-6));
        assertThat(by.get("tax").delta()).isCloseTo(33.75, within(1e-6));
        assertThat(by.get("energy").required()).isCloseTo(64, within(1e-6));
        assertThat(by.get("value_added").required()).isCloseTo(240.0 * 53 / 44, within(1e-6));
        assertThat(by.get("tax").describeZh()).isEqualTo("+33.7500 万元 实缴税金（120.0000 → 153.7500）");
        assertThat(by.get("energy").describeZh()).isEqualTo("−36.0000 吨标准煤 综合能源消费量（100.0000 → 64.0000）");
        assertThat(h.renderZh()).contains("升至 A 类需总分达到 100.0000");
    }

    @Test
    void aCappedItemCannotLiftAlone() {
        EvaluationResults r = exampleC(THRESHOLDS.replace("min_score: 100", "min_score: 200"));
        HealthReport h = ClassLift.of(r, r.input().indexOf("C"));
        FactChange cod = h.changes().stream().filter(c -> c.column().equals("cod")).findFirst().orElseThrow();
        // COD productivity 400/500 × 15: even at cod → 0 the item never exceeds… uncapped it can, so it is reachable
        assertThat(cod.reachable()).isTrue();
        EvaluationResults capped = EvaluationEngine.run(SchemeLoader.load(r.scheme().text().replace("  cap: none", "  cap: 1.5")),
                r.input()).results();
        FactChange codCapped = ClassLift.of(capped, capped.input().indexOf("C")).changes().stream().filter(c -> c.column().equals("cod")).findFirst().orElseThrow();
        assertThat(codCapped.reachable()).isFalse();
    }

    @Test
    void quotaClassesUseTheCurrentBoundaryScore() {
        EvaluationResults r = exampleC("""
                classification:
                  method: quota
                  classes:
                    - {id: A, share: 50}
                    - {id: B, share: 50}
                """);
        int c = r.input().indexOf("C");
        HealthReport h = ClassLift.of(r, c);
        assertThat(h.basis()).isEqualTo("quota boundary");
        assertThat(h.targetScore()).isEqualTo(r.total(r.input().indexOf("D")));
        assertThat(ClassLift.of(r, r.input().indexOf("D")).notesZh()).anyMatch(n -> n.contains("已是最高档"));
    }
}
