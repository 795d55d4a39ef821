package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A lease of industrial land: the area counts for the tenant and comes off the landlord's own land. */
public record LeaseRecord(CreditCode landlord, CreditCode tenant, String tenantName, Quantity area,
                          Optional<LocalDate> start, Optional<LocalDate> end, Origin origin) implements SourceRecord {
    public LeaseRecord {
        Objects.requireNonNull(landlord);
        Objects.requireNonNull(tenant);
        Objects.requireNonNull(tenantName);
        Objects.requireNonNull(area);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(origin);
    }
}
