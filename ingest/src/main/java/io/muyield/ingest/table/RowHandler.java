package io.muyield.ingest.table;

/**
 * Receives rows as a reader streams them, sheet by sheet. A reader never keeps more than the current row;
 * whoever needs more (header detection) buffers it.
 */
public interface RowHandler {

    /** A new sheet begins (CSV files have one sheet, named after the file). */
    default void startSheet(String sheet, int index) {
    }

    /** One row; fully blank rows are delivered too, so that row numbers stay as the clerk sees them. */
    void row(RawRow row);

    /** The sheet ended. */
    default void endSheet(String sheet) {
    }
}
