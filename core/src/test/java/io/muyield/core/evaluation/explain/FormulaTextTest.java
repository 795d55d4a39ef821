package io.muyield.core.evaluation.explain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaTextTest {

    private static final Map<String, Double> VALUES = Map.of("value_added", 3000.0, "cod", 2.0, "so2", 1.5, "tax", 240.0, "land", 20.0);

    @Test
    void replacesColumnsButNotFunctionNamesOrPartsOfThem() {
        assertThat(FormulaText.substitute("value_added / sum(cod, so2)", n -> VALUES.getOrDefault(n, Double.NaN)))
                .isEqualTo("3000 / sum(2, 1.5)");
        assertThat(FormulaText.substitute("tax / land * 10000", n -> VALUES.getOrDefault(n, Double.NaN))).isEqualTo("240 / 20 * 10000");
        assertThat(FormulaText.substitute("coalesce(tax, land)", n -> VALUES.getOrDefault(n, Double.NaN))).isEqualTo("coalesce(240, 20)");
    }
}
