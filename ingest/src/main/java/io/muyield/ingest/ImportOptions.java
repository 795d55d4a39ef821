package io.muyield.ingest;

import io.muyield.ingest.table.ReadOptions;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to import one file: the batch id its records will carry (the store's), the year the file covers, the profile
 * (detected from the header among all known profiles when empty), read overrides (encoding, delimiter), the earlier
 * batches to check duplicates against, and how many rows to search for the header.
 */
public record ImportOptions(long batchId, int year, Optional<String> profile, ReadOptions read, EarlierRecords earlier,
                            int headerSearchRows) {

    public ImportOptions {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(read);
        Objects.requireNonNull(earlier);
        if (year < 1949 || year > 2100) {
            throw new IllegalArgumentException("implausible year " + year);
        }
        if (headerSearchRows < 1) {
            throw new IllegalArgumentException("headerSearchRows must be positive");
        }
    }

    public static ImportOptions of(long batchId, int year) {
        return new ImportOptions(batchId, year, Optional.empty(), ReadOptions.DETECT, EarlierRecords.NONE, 30);
    }

    public ImportOptions profile(String key) {
        return new ImportOptions(batchId, year, Optional.of(key), read, earlier, headerSearchRows);
    }

    public ImportOptions charset(Charset charset) {
        return new ImportOptions(batchId, year, profile, read.withCharset(charset), earlier, headerSearchRows);
    }

    public ImportOptions delimiter(char delimiter) {
        return new ImportOptions(batchId, year, profile, read.withDelimiter(delimiter), earlier, headerSearchRows);
    }

    public ImportOptions earlier(EarlierRecords earlierRecords) {
        return new ImportOptions(batchId, year, profile, read, earlierRecords, headerSearchRows);
    }

    public ImportOptions batch(long id) {
        return new ImportOptions(id, year, profile, read, earlier, headerSearchRows);
    }
}
