package io.muyield.store.appeal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One stored fact with the batch it came from: its source, when it was loaded, and the batch's status. */
public record SourcedFact(int year, String field, BigDecimal value, long batchId, String source, LocalDateTime loadedAt,
                          String batchStatus) {
}
