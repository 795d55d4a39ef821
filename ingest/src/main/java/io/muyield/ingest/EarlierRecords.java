package io.muyield.ingest;

import java.util.OptionalLong;

/**
 * What earlier batches hold, asked row by row (the store answers): the batch that already holds a record with the same
 * identifying key for the same profile and year. Such a row is kept and flagged; superseding is the store's business.
 */
@FunctionalInterface
public interface EarlierRecords {

    OptionalLong batchHolding(String profileKey, int year, String key);

    EarlierRecords NONE = (p, y, k) -> OptionalLong.empty();
}
