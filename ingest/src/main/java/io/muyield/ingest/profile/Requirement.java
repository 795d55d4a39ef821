package io.muyield.ingest.profile;

/** Whether a field must be present as a column, and whether its cells may be blank. */
public enum Requirement {
    /** The column must exist and every row must fill it. */
    REQUIRED,
    /** The column must exist; a blank cell means "no figure" (never zero). */
    COLUMN,
    /** May be absent altogether; where the column is present, every row must fill it. */
    FILLED,
    /** May be absent altogether. */
    OPTIONAL

    ;

    /** Whether a blank cell in a present column is an error. */
    public boolean mustFill() {
        return this == REQUIRED || this == FILLED;
    }
}
