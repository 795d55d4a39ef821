package io.muyield.core.evaluation.scheme;

/**
 * How weighted parts are combined. SUM: Σ wᵢxᵢ (亩均 practice: weights sum to 100 and the parts are added).
 * ARITHMETIC_MEAN: Σ wᵢxᵢ ÷ Σ wᵢ (COINr a_amean). GEOMETRIC_MEAN: exp(Σ wᵢ ln xᵢ ÷ Σ wᵢ) (COINr a_gmean; a part of 0
 * makes it 0). Items left out by the missing-data rule drop from both sums; under SUM the rest are rescaled by
 * Σ w ÷ Σ w present.
 */
public enum AggregationMethod {
    SUM("sum"), ARITHMETIC_MEAN("arithmetic_mean"), GEOMETRIC_MEAN("geometric_mean");

    private final String word;

    AggregationMethod(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
