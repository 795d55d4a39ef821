package io.muyield.store.cluster;

import io.muyield.core.indicator.Indicator;

/**
 * The sums a {@link FactCube} keeps per cell, each an exact count or an amount in millionths of its canonical unit
 * (DECIMAL(24, 6) × 10⁶ is an integer). Per-mu triplets follow core's RatioAggregate rule.
 */
enum Measure {
    ENTERPRISES("1"),
    ABOVE_SCALE("CASE WHEN y.above_scale THEN 1 ELSE 0 END"),
    OUTPUT(micro("y.output")),
    OUTPUT_ABOVE_SCALE(micro("CASE WHEN y.above_scale THEN y.output END")),
    REVENUE(micro("y.revenue")),
    REVENUE_ABOVE_SCALE(micro("CASE WHEN y.above_scale THEN y.revenue END")),
    VALUE_ADDED(micro("y.value_added")),
    TAX(micro("y.tax")),
    LAND(micro("y.land_used_mu")),
    TAX_PER_MU_NUMERATOR(micro(ifIncluded("tax", "y.tax"))),
    TAX_PER_MU_LAND(micro(ifIncluded("tax", "y.land_used_mu"))),
    TAX_PER_MU_INCLUDED(ifIncludedCount("tax")),
    VALUE_ADDED_PER_MU_NUMERATOR(micro(ifIncluded("value_added", "y.value_added"))),
    VALUE_ADDED_PER_MU_LAND(micro(ifIncluded("value_added", "y.land_used_mu"))),
    VALUE_ADDED_PER_MU_INCLUDED(ifIncludedCount("value_added")),
    OUTPUT_PER_MU_NUMERATOR(micro(ifIncluded("output", "y.output"))),
    OUTPUT_PER_MU_LAND(micro(ifIncluded("output", "y.land_used_mu"))),
    OUTPUT_PER_MU_INCLUDED(ifIncludedCount("output"));

    /** Amounts are kept as millionths. */
    static final int SCALE = 6;

    private final String expression;

    Measure(String expression) {
        this.expression = expression;
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
