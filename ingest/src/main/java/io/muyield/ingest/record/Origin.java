package io.muyield.ingest.record;

import java.util.Objects;

/** Where an accepted record came from: the import batch (given per file by the caller), the file, sheet and row. */
public record Origin(long batchId, String file, String sheet, int row) {
    public Origin {
        Objects.requireNonNull(file);
        Objects.requireNonNull(sheet);
    }

    @Override
    public String toString() {
        return file + (sheet.isEmpty() ? "" : "[" + sheet + "]") + "#" + row + " (batch " + batchId + ")";
    }
}
