package io.muyield.store.lease;

import io.muyield.core.enterprise.CreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A lease of industrial land as imported: landlord, tenant, year, area in 亩, period, and the batch and file row. */
public record StoredLease(CreditCode landlord, CreditCode tenant, int year, BigDecimal areaMu, Optional<LocalDate> start,
                          Optional<LocalDate> end, long batchId, int row) {
    public StoredLease {
        Objects.requireNonNull(landlord);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(areaMu);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }
}
