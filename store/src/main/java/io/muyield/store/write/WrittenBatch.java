package io.muyield.store.write;

import java.time.Duration;

/** What one write stored: the new batch id, enterprises upserted, yearly records and long-form facts, and the time taken. */
public record WrittenBatch(long batchId, int enterprises, int yearlyRecords, long facts, Duration elapsed) {
}
