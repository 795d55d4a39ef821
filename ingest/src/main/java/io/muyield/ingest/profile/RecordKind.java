package io.muyield.ingest.profile;

/** The shape of record a profile's rows become. */
public enum RecordKind {
    REGISTRATION, FACTS, PARCEL, LEASE, POWER_ACCOUNT, PARK,
    /** An official list of qualified enterprises (高新技术企业, 专精特新 …): one tag per row. */
    TAG,
    /** A list of events about enterprises (安全生产事故, 严重失信主体): one event per row. */
    EVENT
}
