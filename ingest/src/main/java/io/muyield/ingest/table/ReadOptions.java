package io.muyield.ingest.table;

import java.nio.charset.Charset;
import java.util.Optional;

/** How to read a file: an encoding and a delimiter that override detection (CSV only); empty = detect. */
public record ReadOptions(Optional<Charset> charset, Optional<Character> delimiter) {

    public static final ReadOptions DETECT = new ReadOptions(Optional.empty(), Optional.empty());

    public ReadOptions {
        java.util.Objects.requireNonNull(charset);
        java.util.Objects.requireNonNull(delimiter);
        delimiter.ifPresent(d -> {
            if (d == '"' || d == '\n' || d == '\r') {
                throw new IllegalArgumentException("delimiter cannot be a quote or a line break");
            }
        });
    }

    public ReadOptions withCharset(Charset cs) {
        return new ReadOptions(Optional.of(cs), delimiter);
    }

    public ReadOptions withDelimiter(char d) {
        return new ReadOptions(charset, Optional.of(d));
    }
}
