package io.muyield.core.cluster;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Where a cluster stands against its scale target: the share reached, the gap, and the yearly growth it needs from
 * {@code year} to reach {@code target} by {@code targetYear} ((target ÷ current)^(1/(targetYear − year)) − 1), compared
 * with the growth it has shown ({@code trend}, e.g. its CAGR over the years on record).
 */
public record TargetPath(BigDecimal current, int year, BigDecimal target, int targetYear, OptionalDouble trend) {

    /** How a cluster stands; {@link #OFF_TRACK} when its trend is below the growth it needs. */
    public enum Status {
        REACHED, ON_TRACK, OFF_TRACK, NO_TREND, MISSED, NO_BASE
    }

    public TargetPath {
        Objects.requireNonNull(current);
        Objects.requireNonNull(target);
        Objects.requireNonNull(trend);
        if (target.signum() <= 0) {
            throw new IllegalArgumentException("a scale target must be positive, was " + target.toPlainString());
        }
    }

    /** current ÷ target (1 = reached). */
    public BigDecimal share() {
        return current.divide(target, MathContext.DECIMAL64);
    }

    /** target − current, zero once reached. */
    public BigDecimal gap() {
        return target.subtract(current).max(BigDecimal.ZERO);
    }

    /** The yearly growth needed; 0 once reached; empty when the target year has come or there is no base to grow from. */
    public OptionalDouble requiredGrowth() {
        if (current.compareTo(target) >= 0) {
            return OptionalDouble.of(0);
        }
        if (targetYear <= year || current.signum() <= 0) {
            return OptionalDouble.empty();
        }
        return Growth.compound(current, target, targetYear - year);
    }

    public Status status() {
        if (current.compareTo(target) >= 0) {
            return Status.REACHED;
        }
        if (targetYear <= year) {
            return Status.MISSED;
        }
        if (current.signum() <= 0) {
            return Status.NO_BASE;
        }
        if (trend.isEmpty()) {
            return Status.NO_TREND;
        }
        return trend.getAsDouble() >= requiredGrowth().getAsDouble() ? Status.ON_TRACK : Status.OFF_TRACK;
    }
}
