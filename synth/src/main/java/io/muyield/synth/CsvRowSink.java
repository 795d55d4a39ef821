package io.muyield.synth;

import java.io.IOException;

/** Rows of a CSV file; the header is line 1. */
final class CsvRowSink implements RowSink {

    private final CsvOut out;
    private int line;

    CsvRowSink(CsvOut out, String[] headers) throws IOException {
        this.out = out;
        for (String h : headers) {
            out.text(h);
        }
        out.endRow();
        line = 1;
    }

    @Override
    public int write(RowBuffer row) throws IOException {
        for (int c = 0; c < row.columns(); c++) {
            switch (row.type[c]) {
                case RowBuffer.TEXT -> out.text(row.text[c]);
                case RowBuffer.NUMBER -> out.decimal(row.unscaled[c], row.scale[c]);
                default -> out.blank();
            }
        }
        out.endRow();
        return ++line;
    }

    @Override
    public String sheet() {
        return "";
    }
}
