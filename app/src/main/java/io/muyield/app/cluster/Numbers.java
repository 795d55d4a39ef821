package io.muyield.app.cluster;

import io.muyield.store.summary.PerMuFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/** How figures appear in JSON and tables: amounts and ratios to 2 decimals, growth rates as fractions to 4. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal amount(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal amount(Optional<BigDecimal> v) {
        return v.map(Numbers::amount).orElse(null);
    }

    public static BigDecimal perMu(PerMuFigure f) {
        return amount(f.value());
    }

    public static BigDecimal rate(OptionalDouble v) {
        return v.isPresent() && Double.isFinite(v.getAsDouble()) ? BigDecimal.valueOf(v.getAsDouble()).setScale(4, RoundingMode.HALF_UP) : null;
    }

    public static BigDecimal rate(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP) : null;
    }

    /** A figure to 2 decimals; null when not finite (e.g. no land to divide by). */
    public static BigDecimal rate2(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP) : null;
    }
}
