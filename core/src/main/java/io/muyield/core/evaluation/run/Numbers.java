package io.muyield.core.evaluation.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are shown in logs and explanations: values to 4 decimals (half-up), parameters as written. */
public final class Numbers {

    private Numbers() {
    }

    /** A count with thousands separators, the same on every machine: 1234 → "1,234". */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** 4 decimals, half-up, on the exact decimal value of the double: 12 → "12.0000". Missing → "—". */
    public static String fixed4(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** The shortest decimal that reads back as the same double, without exponent or trailing zeros: 15.0 → "15". */
    public static String plain(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
