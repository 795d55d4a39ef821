package io.muyield.ingest.table;

import java.util.List;
import java.util.Optional;

/**
 * What a reader found out about a file while reading it: the encoding and delimiter used (CSV), the sheets read,
 * and the SHA-256 of the bytes (hex, lower case) when the reader computed it on the way.
 */
public record ReadSummary(TabularFormat format, Optional<String> charset, Optional<Character> delimiter,
                          List<String> sheets, Optional<String> sha256, boolean truncated) {

    public ReadSummary {
        sheets = List.copyOf(sheets);
    }
}
