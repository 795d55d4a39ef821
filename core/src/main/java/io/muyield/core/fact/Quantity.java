package io.muyield.core.fact;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount as reported, with its unit. Conversion is exact (no rounding). */
public record Quantity(BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    public BigDecimal toCanonical() {
        BigDecimal factor = unit.toCanonicalFactor();
        return (factor.equals(BigDecimal.ONE) ? value : value.multiply(factor)).stripTrailingZeros();
    }

    public Quantity to(Unit target) {
        if (target.dimension() != unit.dimension()) {
            throw new IllegalArgumentException("cannot convert " + unit + " to " + target);
        }
        BigDecimal canonical = value.multiply(unit.toCanonicalFactor());
        return new Quantity(canonical.divide(target.toCanonicalFactor(), java.math.MathContext.DECIMAL128).stripTrailingZeros(), target);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbolZh();
    }
}
