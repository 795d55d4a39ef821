package io.muyield.ingest.record;

import io.muyield.core.region.Park;

import java.util.Objects;

/** A row of the 经信委 park roster. */
public record ParkRecord(Park park, Origin origin) implements SourceRecord {
    public ParkRecord {
        Objects.requireNonNull(park);
        Objects.requireNonNull(origin);
    }
}
