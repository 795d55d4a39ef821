package io.muyield.core.evaluation.scheme;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The scoring of one category: indicator → dimension → index. A flat list of indicators is one implicit dimension
 * ({@code flat}) of weight 1 summed into the index.
 */
public record ScoringModel(AggregationMethod method, List<ScoreDimension> dimensions, boolean flat) {
    public ScoringModel {
        Objects.requireNonNull(method, "method");
        dimensions = List.copyOf(dimensions);
    }

    public Stream<IndicatorRule> rules() {
        return dimensions.stream().flatMap(d -> d.rules().stream());
    }

    public ScoringModel withDimensions(List<ScoreDimension> d) {
        return new ScoringModel(method, d, flat);
    }
}
