package io.muyield.store.cluster;

import io.muyield.core.indicator.Indicator;

/**
 * The sums a {@link FactCube} keeps per cell, each an exact count or an amount in millionths of its canonical unit
 * (DECIMAL(24, 6) × 10⁶ is an integer). Per-mu triplets follow core's RatioAggregate rule.
 */
enum Measure {
    ENTERPRISES("1", "enterprises"),
    ABOVE_SCALE("CASE WHEN y.above_scale THEN 1 ELSE 0 END", "above_scale"),
    OUTPUT(micro("y.output"), "output"),
    OUTPUT_ABOVE_SCALE(micro("CASE WHEN y.above_scale THEN y.output END"), "output_above_scale"),
    REVENUE(micro("y.revenue"), "revenue"),
    REVENUE_ABOVE_SCALE(micro("CASE WHEN y.above_scale THEN y.revenue END"), "revenue_above_scale"),
    VALUE_ADDED(micro("y.value_added"), "value_added"),
    TAX(micro("y.tax"), "tax"),
    LAND(micro("y.land_used_mu"), "land_used_mu"),
    TAX_PER_MU_NUMERATOR(micro(ifIncluded("tax", "y.tax")), "tax_per_mu_num"),
    TAX_PER_MU_LAND(micro(ifIncluded("tax", "y.land_used_mu")), "tax_per_mu_den"),
    TAX_PER_MU_INCLUDED(ifIncludedCount("tax"), "tax_per_mu_n"),
    VALUE_ADDED_PER_MU_NUMERATOR(micro(ifIncluded("value_added", "y.value_added")), "value_added_per_mu_num"),
    VALUE_ADDED_PER_MU_LAND(micro(ifIncluded("value_added", "y.land_used_mu")), "value_added_per_mu_den"),
    VALUE_ADDED_PER_MU_INCLUDED(ifIncludedCount("value_added"), "value_added_per_mu_n"),
    OUTPUT_PER_MU_NUMERATOR(micro(ifIncluded("output", "y.output")), "output_per_mu_num"),
    OUTPUT_PER_MU_LAND(micro(ifIncluded("output", "y.land_used_mu")), "output_per_mu_den"),
    OUTPUT_PER_MU_INCLUDED(ifIncludedCount("output"), "output_per_mu_n");

    /** Amounts are kept as millionths. */
    static final int SCALE = 6;

    private final String expression;
    private final String cubeColumn;

    Measure(String expression, String cubeColumn) {
        this.expression = expression;
        this.cubeColumn = cubeColumn;
    }

    /** The sum over cells of the pre-aggregated {@code cluster_cube e} (V9) as a BIGINT, amounts in millionths. */
    String cubeSql() {
        return amount() ? "CAST(SUM(e." + cubeColumn + ") * 1000000 AS BIGINT)" : "CAST(SUM(e." + cubeColumn + ") AS BIGINT)";
    }

    /** The summed expression as a BIGINT (portable: CAST of an exact DECIMAL product). */
    String sql() {
        return expression.startsWith("MICRO:") ? "CAST(SUM(" + expression.substring(6) + ") * 1000000 AS BIGINT)"
                : "SUM(" + expression + ")";
    }

    boolean amount() {
        return expression.startsWith("MICRO:");
    }

    static Measure numerator(Indicator indicator) {
        return switch (indicator) {
            case TAX_PER_MU -> TAX_PER_MU_NUMERATOR;
            case VALUE_ADDED_PER_MU -> VALUE_ADDED_PER_MU_NUMERATOR;
            case OUTPUT_PER_MU -> OUTPUT_PER_MU_NUMERATOR;
            default -> throw new IllegalArgumentException("the cube keeps no " + indicator);
        };
    }

    private static String micro(String expression) {
        return "MICRO:" + expression;
    }

    private static String ifIncluded(String numerator, String value) {
        return "CASE WHEN y.land_used_mu > 0 AND y." + numerator + " IS NOT NULL THEN " + value + " END";
    }

    private static String ifIncludedCount(String numerator) {
        return "CASE WHEN y.land_used_mu > 0 AND y." + numerator + " IS NOT NULL THEN 1 ELSE 0 END";
    }
}
