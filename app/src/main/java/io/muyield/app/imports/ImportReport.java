package io.muyield.app.imports;

import java.time.Duration;
import java.util.List;

/** One import run: the year, each file's report in import order, whether it was committed, and the time it took. */
public record ImportReport(int year, List<FileReport> files, boolean committed, Duration elapsed) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public boolean anyRefused() {
        return files.stream().anyMatch(f -> f.outcome() == FileReport.Outcome.REFUSED);
    }

    public long accepted() {
        return files.stream().filter(f -> f.outcome() == FileReport.Outcome.IMPORTED).mapToLong(FileReport::accepted).sum();
    }
}
