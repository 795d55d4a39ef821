package io.muyield.store.batch;

import java.util.List;
import java.util.Objects;

/** A row a batch refused: where (sheet, 1-based row), the header and cells as read, and every reason. */
public record RejectedRow(String sheet, int row, List<String> header, List<String> cells, List<Reason> reasons) {

    /** One reason: the field (header text as written, blank for the row as a whole), in Chinese and English. */
    public record Reason(String field, String zh, String en) {
        public Reason {
            Objects.requireNonNull(field);
            Objects.requireNonNull(zh);
            Objects.requireNonNull(en);
        }
    }

    public RejectedRow {
        Objects.requireNonNull(sheet);
        header = List.copyOf(header);
        cells = List.copyOf(cells);
        reasons = List.copyOf(reasons);
    }

    static final String CELL = "\u001F";
    static final String ISSUE = "\u001E";

    static String join(List<String> parts) {
        return String.join(CELL, parts.stream().map(p -> p.replace(CELL, " ").replace(ISSUE, " ")).toList());
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(CELL, -1));
    }

    /** The reasons as stored in one column. */
    public String encodedReasons() {
        return String.join(ISSUE, reasons.stream().map(r -> join(List.of(r.field(), r.zh(), r.en()))).toList());
    }

    public String encodedHeader() {
        return join(header);
    }

    public String encodedCells() {
        return join(cells);
    }

    static List<Reason> decodeReasons(String encoded) {
        return java.util.Arrays.stream(encoded.split(ISSUE, -1)).map(s -> {
            List<String> p = split(s);
            return new Reason(p.get(0), p.size() > 1 ? p.get(1) : "", p.size() > 2 ? p.get(2) : "");
        }).toList();
    }
}
