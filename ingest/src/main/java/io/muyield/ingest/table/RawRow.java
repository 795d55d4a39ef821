package io.muyield.ingest.table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row as it stands in the file: the sheet it is on (the file name's stem for CSV), its 1-based number as a clerk
 * sees it in Excel (for CSV: the record number, a quoted field spanning lines counting once) and its cells as text.
 * Missing trailing cells read as blank.
 */
public record RawRow(String sheet, int number, String[] cells) {

    public RawRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cells, "cells");
    }

    public String cell(int column) {
        return column >= 0 && column < cells.length && cells[column] != null ? cells[column] : "";
    }

    public int width() {
        return cells.length;
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public int nonBlankCount() {
        int n = 0;
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    public List<String> asList() {
        return Arrays.stream(cells).map(c -> c == null ? "" : c).toList();
    }

    @Override
    public String toString() {
        return sheet + "#" + number + Arrays.toString(cells);
    }
}
