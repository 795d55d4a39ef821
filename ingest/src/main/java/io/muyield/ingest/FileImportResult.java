package io.muyield.ingest;

import io.muyield.ingest.table.TabularFormat;
import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Rejection;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of importing one file. {@link #problems()} are file-level errors (unreadable, truncated, no header,
 * wrong units in a header): when there is any, the batch must not be committed, whatever rows were accepted.
 * {@link #rejections()} are the refused rows with their reasons; {@link #warnings()} the remarks on kept rows and on
 * the file (capped at {@link #WARNING_CAP}; {@link #warningCount()} counts them all).
 */
public record FileImportResult(String file, String sha256, TabularFormat format, Optional<String> charset,
                               Optional<Character> delimiter, List<String> profiles, List<SheetHeader> headers,
                               int dataRows, int accepted, List<Rejection> rejections, List<Issue> warnings,
                               int warningCount, List<Issue> problems) {

    public static final int WARNING_CAP = 10_000;

    public FileImportResult {
        profiles = List.copyOf(profiles);
        headers = List.copyOf(headers);
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    /** Whether the file as a whole is readable and recognised (rows may still have been rejected). */
    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<String> profile() {
        return profiles.isEmpty() ? Optional.empty() : Optional.of(profiles.get(0));
    }
}
