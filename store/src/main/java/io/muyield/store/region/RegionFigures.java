package io.muyield.store.region;

import io.muyield.core.indicator.Indicator;
import io.muyield.core.indicator.RatioAggregate;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A region (district, zone or park, by {@code code}) in one year: counts, summed facts (万元, 亩) and every ratio
 * indicator as Σ numerator ÷ Σ denominator over the enterprises where both are known (core's RatioAggregate rule).
 */
public record RegionFigures(String code, int year, long enterprises, long aboveScale, BigDecimal output, BigDecimal valueAdded,
                            BigDecimal tax, BigDecimal revenue, BigDecimal landMu, Map<Indicator, RatioAggregate> ratios) {

    public RegionFigures {
        ratios = Map.copyOf(ratios);
    }

    /** The value of a metric; empty for a ratio nobody could be counted in. */
    public Optional<BigDecimal> value(Metric metric) {
        return switch (metric) {
            case ENTERPRISES -> Optional.of(BigDecimal.valueOf(enterprises));
            case ABOVE_SCALE -> Optional.of(BigDecimal.valueOf(aboveScale));
            case OUTPUT -> Optional.of(output);
            case VALUE_ADDED -> Optional.of(valueAdded);
            case TAX -> Optional.of(tax);
            case REVENUE -> Optional.of(revenue);
            default -> ratios.get(metric.indicator().orElseThrow()).value();
        };
    }

    /** The value unrounded (ratios as Σ numerator × scale ÷ Σ denominator to 16 digits), for scores that divide again. */
    public Optional<BigDecimal> exactValue(Metric metric) {
        if (metric.indicator().isEmpty()) {
            return value(metric);
        }
        RatioAggregate r = ratios.get(metric.indicator().get());
        return r.denominatorSum().signum() == 0 ? Optional.empty()
                : Optional.of(r.numeratorSum().multiply(r.indicator().scale()).divide(r.denominatorSum(), java.math.MathContext.DECIMAL64));
    }

    /** These figures and another's summed (same year), under a new code: sums add, ratios are re-divided. */
    public RegionFigures plus(String newCode, RegionFigures other) {
        Map<Indicator, RatioAggregate> merged = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            RatioAggregate a = ratios.get(i);
            RatioAggregate b = other.ratios.get(i);
            merged.put(i, new RatioAggregate(i).addSums(a.numeratorSum().add(b.numeratorSum()), a.denominatorSum().add(b.denominatorSum()),
                    a.included() + b.included()));
        }
        return new RegionFigures(newCode, year, enterprises + other.enterprises, aboveScale + other.aboveScale, output.add(other.output),
                valueAdded.add(other.valueAdded), tax.add(other.tax), revenue.add(other.revenue), landMu.add(other.landMu), merged);
    }

    /** Zero figures for a region without any record in the year. */
    public static RegionFigures empty(String code, int year) {
        Map<Indicator, RatioAggregate> none = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            none.put(i, new RatioAggregate(i));
        }
        return new RegionFigures(code, year, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, none);
    }
}
