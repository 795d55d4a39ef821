package io.muyield.core.evaluation.explain;

import io.muyield.core.evaluation.Units;
import io.muyield.core.evaluation.input.EvaluationInput;
import io.muyield.core.evaluation.run.EvaluationEngine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.scheme.SchemeLoader;
import io.muyield.core.evaluation.scheme.SchemePresets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    static EvaluationResults linhai(String capLine) {
        Units worked = Units.unit("91330000WORKED001").with("land", 20).with("tax", 240).with("revenue", 8000).with("value_added", 3000)
                .with("energy", 1500).with("cod", 2).with("water", 50000).with("employees", 150).tags("high_tech");
        String text = SchemePresets.text(SchemePresets.LINHAI_2016).replace("  cap: none", capLine);
        return EvaluationEngine.run(SchemeLoader.load(text), EvaluationInput.of(2016, List.of(worked.build()))).results();
    }

    @Test
    void rendersTheArithmeticOfEachIndicatorInChineseAndEnglish() {
        Explanation e = Explanation.of(linhai("  cap: none"), 0);
        assertThat(e.renderZh()).contains("亩均税收 = tax / land = 240 / 20 = 12.0000 万元/亩")
                .contains("亩均税收 12.0000 ÷ 基准 15 × 权重 40 = 32.0000")
                .contains("指标得分合计 32.0000 + 13.3333 + 13.3333 + 45.0000 + 3.0000 + 13.3333 = 120.0000")
                .contains("总分 = 120.0000 + 0 − 0 = 120.0000")
                .contains("D 类占 5%，为第 1–1 位 → D");
        assertThat(e.renderEn()).contains("Tax per mu 12.0000 ÷ benchmark 15 × weight 40 = 32.0000");
    }

    @Test
    void showsTheCap() {
        Explanation e = Explanation.of(linhai("  cap: 1.5"), 0);
        assertThat(e.renderZh()).contains("单位COD排放工业增加值 1500.0000 ÷ 基准 500 = 3.0000，封顶 1.5 → 1.5000 × 权重 15 = 22.5000")
                .contains("= 97.5000");
        assertThat(e.renderEn()).contains("capped at 1.5 → 1.5000 × weight 15 = 22.5000");
    }
}
