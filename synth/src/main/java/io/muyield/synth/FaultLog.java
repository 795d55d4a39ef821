package io.muyield.synth;

import java.util.ArrayList;
import java.util.List;

/** The faults injected into one file, in row order. */
final class FaultLog {

    /** One injected fault. Rows are 1-based as a spreadsheet numbers them (CSV: header = line 1). */
    record Entry(String file, String sheet, int row, String field, FaultKind kind) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String file, String sheet, int row, String field, FaultKind kind) {
        entries.add(new Entry(file, sheet, row, field, kind));
    }

    List<Entry> entries() {
        return entries;
    }
}
