package io.muyield.core.evaluation.scheme;

import java.util.List;
import java.util.Objects;

/** A group of indicators aggregated into one dimension score, which the index then aggregates with its weight. */
public record ScoreDimension(String id, String nameZh, double weight, AggregationMethod method, List<IndicatorRule> rules, int line) {
    public ScoreDimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        rules = List.copyOf(rules);
    }

    public ScoreDimension withRules(List<IndicatorRule> r) {
        return new ScoreDimension(id, nameZh, weight, method, r, line);
    }

    public ScoreDimension withWeight(double w) {
        return new ScoreDimension(id, nameZh, w, method, rules, line);
    }
}
