package io.muyield.store.evaluation;

/** A result with, per requested indicator, its value (after imputation) and its weighted part (NaN when none). */
public record ResultLine(ResultRow row, double[] values, double[] weighted) {
}
