package io.muyield.ingest.record;

/**
 * One accepted row, typed by what it describes. Amounts are {@link io.muyield.core.fact.Quantity quantities} in the
 * unit the file reported them in (never silently rescaled); fusion converts them to canonical units.
 */
public sealed interface SourceRecord permits RegistrationRecord, FactRecord, ParcelRecord, LeaseRecord,
        PowerAccountRecord, ParkRecord, TagRecord, EventRecord {

    Origin origin();
}
