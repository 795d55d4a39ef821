package io.muyield.ingest.fusion;

import io.muyield.core.enterprise.CreditCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A lease as fused: the tenant uses the area (亩), the landlord is recorded (some schemes let a tenant inherit its
 * landlord's class), and the batch it came from.
 */
public record Lease(CreditCode landlord, CreditCode tenant, BigDecimal areaMu, Optional<LocalDate> start,
                    Optional<LocalDate> end, long batchId) {
    public Lease {
        Objects.requireNonNull(landlord);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(areaMu);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }
}
