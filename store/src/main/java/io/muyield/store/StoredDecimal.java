package io.muyield.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How amounts travel between Java and the DECIMAL(24, 6) columns: written with exactly six decimals (half-up, the
 * same on both databases), read back without trailing zeros but never in exponent form (240.000000 → 240).
 */
public final class StoredDecimal {

    public static final int SCALE = 6;
    private static final int INTEGER_DIGITS = 18;

    private StoredDecimal() {
    }

    /** The value as the column stores it; refuses values beyond 18 integer digits. */
    public static BigDecimal toColumn(BigDecimal value) {
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > INTEGER_DIGITS) { // |value| ≥ 10^18
            throw new IllegalArgumentException("value " + value.toPlainString() + " does not fit DECIMAL(24, 6)");
        }
        return scaled;
    }

    /** The value as read back; null stays null. */
    public static BigDecimal fromColumn(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
