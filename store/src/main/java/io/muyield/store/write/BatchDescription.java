package io.muyield.store.write;

import java.util.Objects;
import java.util.Optional;

/**
 * What a batch is: its source ({@code tax}, {@code statistics}…, or e.g. {@code demo} for generated data), the year it
 * covers if one, the file and its hash, who loaded it, its row counts if the reader kept them, and whether its
 * yearly records carry the 规上 flag (a tax file does not: its records then leave the flag as other batches set it).
 */
public record BatchDescription(String source, Optional<Integer> year, Optional<String> fileName, Optional<String> fileHash,
                               String createdBy, Optional<RowCounts> rows, boolean carriesScaleFlag) {

    /** Rows read from the source, accepted and rejected. */
    public record RowCounts(long read, long accepted, long rejected) {
        public RowCounts {
            if (read < 0 || accepted < 0 || rejected < 0) {
                throw new IllegalArgumentException("row counts cannot be negative");
            }
        }
    }

    public BatchDescription {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(fileName, "file name");
        Objects.requireNonNull(fileHash, "file hash");
        Objects.requireNonNull(createdBy, "created by");
        Objects.requireNonNull(rows, "rows");
        if (source.isBlank() || createdBy.isBlank()) {
            throw new IllegalArgumentException("a batch needs a source and who created it");
        }
    }

    /** A batch of a source, with no file, no year, counts taken from what is written, and the 规上 flag carried. */
    public static BatchDescription of(String source, String createdBy) {
        return new BatchDescription(source, Optional.empty(), Optional.empty(), Optional.empty(), createdBy, Optional.empty(), true);
    }

    public BatchDescription withYear(int y) {
        return new BatchDescription(source, Optional.of(y), fileName, fileHash, createdBy, rows, carriesScaleFlag);
    }

    public BatchDescription withFile(String name, String hash) {
        return new BatchDescription(source, year, Optional.ofNullable(name), Optional.ofNullable(hash), createdBy, rows, carriesScaleFlag);
    }

    public BatchDescription withRows(long read, long accepted, long rejected) {
        return new BatchDescription(source, year, fileName, fileHash, createdBy, Optional.of(new RowCounts(read, accepted, rejected)),
                carriesScaleFlag);
    }

    public BatchDescription withoutScaleFlag() {
        return new BatchDescription(source, year, fileName, fileHash, createdBy, rows, false);
    }
}
