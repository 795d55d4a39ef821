package io.muyield.store.batch;

/** Whether a batch's facts are in force, or were replaced by a later delivery of the same data. */
public enum BatchStatus {
    ACTIVE, SUPERSEDED
}
