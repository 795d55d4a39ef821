package io.muyield.core.fact;

import java.math.BigDecimal;
import java.util.Objects;

/** One fused fact in its canonical unit, remembering the import batch it came from. */
public record FactValue(BigDecimal value, long batchId) {
    public FactValue {
        Objects.requireNonNull(value, "value");
    }
}
