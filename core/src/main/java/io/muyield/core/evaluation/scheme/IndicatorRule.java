package io.muyield.core.evaluation.scheme;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How one indicator is scored within a category: its weight, benchmark, normalisation, cap and floor on the
 * normalised value (a cap of 1.5 with ratio scoring = 1.5 × the weight, as Yueqing), missing-data and outlier rules.
 */
public record IndicatorRule(String indicatorId, double weight, BenchmarkRule benchmark, NormaliserSpec normaliser,
                            OptionalDouble cap, OptionalDouble floor, MissingRule missing, OutlierRule outliers, int line) {
    public IndicatorRule {
        Objects.requireNonNull(indicatorId, "indicator");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(normaliser, "normaliser");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(outliers, "outliers");
    }

    public IndicatorRule withWeight(double w) {
        return new IndicatorRule(indicatorId, w, benchmark, normaliser, cap, floor, missing, outliers, line);
    }

    public IndicatorRule withBenchmark(BenchmarkRule b) {
        return new IndicatorRule(indicatorId, weight, b, normaliser, cap, floor, missing, outliers, line);
    }

    public IndicatorRule withCap(OptionalDouble c) {
        return new IndicatorRule(indicatorId, weight, benchmark, normaliser, c, floor, missing, outliers, line);
    }
}
