package io.muyield.store.summary;

import io.muyield.core.indicator.Indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A per-mu indicator over a group, by core's {@link io.muyield.core.indicator.RatioAggregate} rule: Σ numerator ÷ Σ land
 * over the enterprises with land &gt; 0 and the numerator known ({@code included}); {@code excluded} are the others.
 */
public record PerMuFigure(Indicator indicator, BigDecimal numeratorSum, BigDecimal landSum, int included, int excluded,
                          Optional<BigDecimal> value) {
}
