package io.muyield.ingest;

import io.muyield.ingest.record.SourceRecord;

import java.util.List;

/** A file imported with its accepted records collected in memory (for files that fit; else stream to a sink). */
public record ParsedFile(FileImportResult result, List<SourceRecord> records) {
    public ParsedFile {
        records = List.copyOf(records);
    }
}
