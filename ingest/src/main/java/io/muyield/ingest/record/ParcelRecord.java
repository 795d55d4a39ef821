package io.muyield.ingest.record;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.Quantity;

import java.util.Objects;

/** One parcel of the land register in use that year, with its owner (权利人). */
public record ParcelRecord(String parcelId, CreditCode owner, String ownerName, String location, String use,
                           Quantity area, Origin origin) implements SourceRecord {
    public ParcelRecord {
        Objects.requireNonNull(parcelId);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(ownerName);
        Objects.requireNonNull(location);
        Objects.requireNonNull(use);
        Objects.requireNonNull(area);
        Objects.requireNonNull(origin);
    }
}
