package io.muyield.core.fact;

import io.muyield.core.enterprise.CreditCode;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fused record of one enterprise in one year: at most one value per field, each in its canonical unit
 * and remembering its batch. A missing field is absent, never zero.
 */
public record YearlyFacts(CreditCode enterprise, int year, boolean aboveScale, Map<FactField, FactValue> values) {

    public YearlyFacts {
        Objects.requireNonNull(enterprise, "enterprise");
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("implausible year " + year);
        }
        EnumMap<FactField, FactValue> copy = new EnumMap<>(FactField.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public Optional<BigDecimal> get(FactField field) {
        FactValue v = values.get(field);
        return v == null ? Optional.empty() : Optional.of(v.value());
    }

    /** Land used = own land + leased land, in 亩; empty when neither is known. */
    public Optional<BigDecimal> landUsedMu() {
        Optional<BigDecimal> owned = get(FactField.LAND_OWNED);
        Optional<BigDecimal> leased = get(FactField.LAND_LEASED);
        if (owned.isEmpty() && leased.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(owned.orElse(BigDecimal.ZERO).add(leased.orElse(BigDecimal.ZERO)));
    }
}
