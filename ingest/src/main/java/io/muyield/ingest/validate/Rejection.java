package io.muyield.ingest.validate;

import java.util.List;
import java.util.Objects;

/**
 * A rejected row: where it was, its cells exactly as read, the header above them (for the rejected-rows workbook),
 * and every error found in it (at least one).
 */
public record Rejection(String file, String sheet, int row, List<String> header, List<String> cells, List<Issue> issues) {

    public Rejection {
        Objects.requireNonNull(file);
        Objects.requireNonNull(sheet);
        header = List.copyOf(header);
        cells = List.copyOf(cells);
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }

    /** Whether one of the errors names this field (header text) and its Chinese message contains the words. */
    public boolean has(String field, String wordsZh) {
        return issues.stream().anyMatch(i -> i.field().equals(field) && i.message().zh().contains(wordsZh));
    }

    public String reasonsZh() {
        return String.join("；", issues.stream().map(i -> (i.field().isEmpty() ? "" : "“" + i.field() + "”") + i.message().zh()).toList());
    }

    public String reasonsEn() {
        return String.join("; ", issues.stream().map(i -> (i.field().isEmpty() ? "" : "\"" + i.field() + "\" ") + i.message().en()).toList());
    }
}
