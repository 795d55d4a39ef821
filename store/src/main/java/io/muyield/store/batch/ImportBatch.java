package io.muyield.store.batch;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery as recorded: the provenance every fact points to. {@code profile} is the source profile a department file
 * was read with (empty for batches that were not files, e.g. generated data).
 */
public record ImportBatch(long id, String source, Optional<Integer> year, Optional<String> fileName, Optional<String> fileHash,
                          LocalDateTime createdAt, String createdBy, long rowsRead, long rowsAccepted, long rowsRejected,
                          BatchStatus status, Optional<Long> supersededBy, Optional<String> profile) {

    public ImportBatch {
        Objects.requireNonNull(source);
        Objects.requireNonNull(year);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(fileHash);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(status);
        Objects.requireNonNull(supersededBy);
        Objects.requireNonNull(profile);
    }
}
