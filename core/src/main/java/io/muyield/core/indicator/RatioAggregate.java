package io.muyield.core.indicator;

import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An indicator over a group of enterprises, taken from summed facts, never from averaged ratios
 * (DOMAIN.md §8: district 亩均税收 = Σ tax ÷ Σ land). An enterprise enters both sums only when its denominator is
 * positive and its numerator is known; the counts of those left out are kept so the page can say so.
 */
public final class RatioAggregate {

    private final Indicator indicator;
    private BigDecimal numerator = BigDecimal.ZERO;
    private BigDecimal denominator = BigDecimal.ZERO;
    private int included;
    private int excluded;

    public RatioAggregate(Indicator indicator) {
        this.indicator = indicator;
    }

    public RatioAggregate add(YearlyFacts facts) {
        Optional<BigDecimal> d = denominatorOf(facts);
        Optional<BigDecimal> n = numeratorOf(facts);
        if (d.isPresent() && d.get().signum() > 0 && n.isPresent()) {
            numerator = numerator.add(n.get());
            denominator = denominator.add(d.get());
            included++;
        } else {
            excluded++;
        }
        return this;
    }

    /** Adds pre-summed parts (e.g. from a SQL aggregate over the same rule). */
    public RatioAggregate addSums(BigDecimal numeratorSum, BigDecimal denominatorSum, int includedCount) {
        numerator = numerator.add(numeratorSum);
        denominator = denominator.add(denominatorSum);
        included += includedCount;
        return this;
    }

    private Optional<BigDecimal> denominatorOf(YearlyFacts f) {
        return indicator.denominator().land() ? f.landUsedMu() : f.get(indicator.denominator().field());
    }

    private Optional<BigDecimal> numeratorOf(YearlyFacts f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FactField field : indicator.numerator()) {
            Optional<BigDecimal> v = f.get(field);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(v.get());
        }
        return Optional.of(sum);
    }

    /** Σ numerator ÷ Σ denominator × scale, to 4 decimals (half-up); empty when nothing was included. */
    public Optional<BigDecimal> value() {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(indicator.scale()).divide(denominator, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP));
    }

    public BigDecimal numeratorSum() {
        return numerator;
    }

    public BigDecimal denominatorSum() {
        return denominator;
    }

    public int included() {
        return included;
    }

    public int excluded() {
        return excluded;
    }

    public Indicator indicator() {
        return indicator;
    }
}
