package io.muyield.ingest.record;

import io.muyield.core.enterprise.Enterprise;

import java.util.Objects;

/** A market-registration row: the enterprise as registered, and its address as written. */
public record RegistrationRecord(Enterprise enterprise, String address, Origin origin) implements SourceRecord {
    public RegistrationRecord {
        Objects.requireNonNull(enterprise);
        Objects.requireNonNull(address);
        Objects.requireNonNull(origin);
    }
}
