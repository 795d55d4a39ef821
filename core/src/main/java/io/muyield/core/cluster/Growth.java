package io.muyield.core.cluster;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Growth rates between yearly totals, as fractions (0.08 = 8 %). Empty when the base is not positive: a rate from
 * nothing, or from a negative total, means nothing.
 */
public final class Growth {

    private Growth() {
    }

    /** Year on year: current ÷ previous − 1. */
    public static OptionalDouble yearOnYear(BigDecimal previous, BigDecimal current) {
        return compound(previous, current, 1);
    }

    /** Compound annual growth over {@code years} years: (last ÷ first)^(1/years) − 1. */
    public static OptionalDouble compound(BigDecimal first, BigDecimal last, int years) {
        if (years <= 0) {
            throw new IllegalArgumentException("a growth rate needs at least one year, not " + years);
        }
        if (first == null || last == null || first.signum() <= 0 || last.signum() < 0) {
            return OptionalDouble.empty();
        }
        double ratio = last.doubleValue() / first.doubleValue();
        return OptionalDouble.of(Math.pow(ratio, 1.0 / years) - 1.0);
    }
}
