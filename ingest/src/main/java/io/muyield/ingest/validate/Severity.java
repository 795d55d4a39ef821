package io.muyield.ingest.validate;

/** An error rejects the row (or the file); a warning is listed but the row is kept. */
public enum Severity {
    ERROR, WARNING
}
