package io.muyield.store.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One data row of a reference CSV, read by header name; {@code line} is the 1-based line the row starts on. */
record CsvRow(String file, int line, Map<String, Integer> header, List<String> cells) {

    /** The cell under the header, stripped; fails loudly when the file lacks the column. */
    String get(String column) {
        Integer index = header.get(column);
        if (index == null) {
            throw new ReferenceDataException(file + ": no column '" + column + "'");
        }
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** The cell, or empty when blank. */
    Optional<String> optional(String column) {
        String v = get(column);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(String column) {
        return optional(column).orElseThrow(() -> problem("column '" + column + "' is blank"));
    }

    ReferenceDataException problem(String message) {
        return new ReferenceDataException(file + " line " + line + ": " + message);
    }

    ReferenceDataException problem(RuntimeException cause) {
        return new ReferenceDataException(file + " line " + line + ": " + cause.getMessage(), cause);
    }
}
