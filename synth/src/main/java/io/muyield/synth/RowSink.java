package io.muyield.synth;

import java.io.IOException;

/** Where a table's rows go: a CSV file or a sheet of a workbook. */
interface RowSink {

    /** Writes the row; returns its 1-based row number in the file (CSV line) or sheet (Excel row). */
    int write(RowBuffer row) throws IOException;

    /** The sheet the last row went to; empty for CSV. */
    String sheet();
}
