package io.muyield.store.batch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A tag or an event an ACTIVE batch gives an enterprise in a year, with the batch and file it came from: for the
 * enterprise page and the portal. {@code key} is the schemes' tag or event key (high_tech, major_safety_accident …);
 * {@code detail} what the list says (certificate and validity, severity, reason); {@code date} the event's date or the
 * end of a tag's validity; {@code count} 1 for a tag or a listed event, the reported count for environmental violations.
 */
public record StoredStanding(int year, Kind kind, String key, String detail, Optional<LocalDate> date, int count, long batchId,
                             String fileName) {

    public enum Kind {
        TAG, EVENT
    }

    public StoredStanding {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(date);
        fileName = fileName == null ? "" : fileName;
    }
}
