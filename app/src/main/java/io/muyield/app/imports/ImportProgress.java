package io.muyield.app.imports;

import java.nio.file.Path;

/**
 * What a run of {@link DepartmentImport} tells as it goes, for a live progress display: each file as it starts (its
 * place, path and size), the rows accepted so far in it (every {@value DepartmentImport#LIVE_EVERY} rows), and its
 * report when done. Called on the importing thread; implementations publish to readers on other threads.
 */
public interface ImportProgress {

    void fileStarted(int index, int count, Path file, long bytes);

    void accepted(long rowsSoFar);

    void fileFinished(FileReport report);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void fileStarted(int index, int count, Path file, long bytes) {
        }

        @Override
        public void accepted(long rowsSoFar) {
        }

        @Override
        public void fileFinished(FileReport report) {
        }
    };
}
