package io.muyield.core.evaluation.scheme;

import io.muyield.core.evaluation.expression.Expression;

import java.util.Objects;

/** An indicator of a scheme: a formula over the columns of the input, with its unit and direction. */
public record IndicatorDefinition(String id, String nameZh, String nameEn, String unit, Expression formula,
                                  String formulaText, Direction direction, int line) {
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(direction, "direction");
    }
}
