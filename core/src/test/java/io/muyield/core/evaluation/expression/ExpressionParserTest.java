package io.muyield.core.evaluation.expression;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionParserTest {

    record Row(Map<String, Double> values) implements ColumnSource {
        public int size() {
            return 1;
        }

        public Optional<double[]> column(String name) {
            return Optional.ofNullable(values.get(name)).map(v -> new double[]{v});
        }

        public boolean hasTag(String tag, int row) {
            return tag.equals("high_tech");
        }

        public int eventCount(String event, int row) {
            return event.equals("admin_penalty") ? 2 : 0;
        }
    }

    static double eval(String text, Map<String, Double> values) {
        return ExpressionBinder.bind(ExpressionParser.parse(text), new Row(values)).at(0);
    }

    @Test
    void arithmeticWithPrecedence() {
        assertThat(eval("tax / land * 10000", Map.of("tax", 30.0, "land", 150000.0))).isEqualTo(2.0);
        assertThat(eval("1 + 2 * 3 - -1", Map.of())).isEqualTo(8);
        assertThat(eval("(1 + 2) * 3", Map.of())).isEqualTo(9);
    }

    @Test
    void divisionByZeroAndMissingAreMissing() {
        assertThat(eval("a / b", Map.of("a", 1.0, "b", 0.0))).isNaN();
        assertThat(eval("a + b", Map.of("a", 1.0, "b", Double.NaN))).isNaN();
        assertThat(eval("sum(a, b)", Map.of("a", 1.0, "b", Double.NaN))).isEqualTo(1);
        assertThat(eval("coalesce(b, 7)", Map.of("b", Double.NaN))).isEqualTo(7);
    }

    @Test
    void conditions() {
        assertThat(eval("land >= 3 and not (above_scale == 1)", Map.of("land", 3.0, "above_scale", 0.0))).isEqualTo(1);
        assertThat(eval("industry_division in [44, 45, 46]", Map.of("industry_division", 45.0))).isEqualTo(1);
        assertThat(eval("age_years < 2", Map.of("age_years", Double.NaN))).isEqualTo(0);
        assertThat(eval("has_tag('high_tech') or false", Map.of())).isEqualTo(1);
        assertThat(eval("events('admin_penalty')", Map.of())).isEqualTo(2);
    }

    @Test
    void namesAreListed() {
        assertThat(ExpressionParser.parse("value_added / sum(cod, nox)").names()).containsExactly("value_added", "cod", "nox");
    }

    @Test
    void syntaxErrorsGiveThePosition() {
        assertThatThrownBy(() -> ExpressionParser.parse("tax / / land")).isInstanceOf(ExpressionSyntaxException.class).hasMessageContaining("at position 7");
        assertThatThrownBy(() -> ExpressionParser.parse("foo(1)")).hasMessageContaining("unknown function 'foo'");
    }
}
