package io.muyield.ingest.profile;

/** The shape of record a profile's rows become. */
public enum RecordKind {
    REGISTRATION, FACTS, PARCEL, LEASE, POWER_ACCOUNT, PARK
}
