package io.muyield.synth;

import io.muyield.core.enterprise.CreditCode;

import java.io.IOException;
import java.util.List;

/**
 * One department file being written: rows go to a {@link RowSink}; at the spec's fault rate a row is given one
 * fault, chosen deterministically from (seed, file, year, enterprise, row of the enterprise) among the faults that
 * fit the row, and logged with the row number it landed on.
 */
final class Table {

    static final long STREAM_FAULT = 9;
    private static final String[] UNKNOWN_INDUSTRIES = {"3699", "3999", "1599", "2999", "3198", "4399"};
    private static final String[] UNKNOWN_DISTRICTS = {"500199", "500250", "500301"};

    private final String file;
    private final TableLayout layout;
    private final RowSink sink;
    private final double rate;
    private final long seed;
    private final long fileKey;
    private final FaultLog log;
    private final RowBuffer copy;
    private final Draws d = new Draws();

    Table(String file, TableLayout layout, RowSink sink, GeneratorSpec spec, long fileKey, FaultLog log) {
        this.file = file;
        this.layout = layout;
        this.sink = sink;
        this.rate = spec.faultRate();
        this.seed = spec.seed();
        this.fileKey = fileKey;
        this.log = log;
        this.copy = new RowBuffer(layout.columns());
    }

    /** Writes the row of enterprise {@code index} (its {@code sub}-th row in this file), maybe with a fault. */
    void write(RowBuffer row, long index, int sub) throws IOException {
        if (rate <= 0 || !d.at(seed, STREAM_FAULT, fileKey, index * 16 + sub).chance(rate)) {
            sink.write(row);
            return;
        }
        FaultKind kind = choose(row);
        switch (kind) {
            case DUPLICATE_ROW -> {
                sink.write(row);
                logged(sink.write(row), "*", kind);
            }
            case CONFLICTING_DUPLICATE -> {
                sink.write(row);
                copy.copyFrom(row);
                String field = conflict(copy);
                logged(sink.write(copy), field, kind);
            }
            default -> {
                String field = inject(kind, row);
                logged(sink.write(row), field, kind);
            }
        }
    }

    private void logged(int rowNumber, String field, FaultKind kind) {
        log.add(file, sink.sheet(), rowNumber, field, kind);
    }

    private FaultKind choose(RowBuffer row) {
        List<FaultKind> kinds = layout.faults();
        int mask = 0;
        int count = 0;
        for (int i = 0; i < kinds.size(); i++) {
            if (applicable(kinds.get(i), row)) {
                mask |= 1 << i;
                count++;
            }
        }
        int pick = d.below(count);
        for (int i = 0; i < kinds.size(); i++) {
            if ((mask & 1 << i) != 0 && pick-- == 0) {
                return kinds.get(i);
            }
        }
        throw new IllegalStateException("no fault fits");
    }

    private boolean applicable(FaultKind kind, RowBuffer row) {
        return switch (kind) {
            case BLANK_REQUIRED -> countFitting(layout.requiredColumns(), row, 0) >= 0;
            case FULL_WIDTH -> countFitting(layout.numberColumns(), row, 0) >= 0;
            case THOUSANDS_SEPARATOR -> countFitting(layout.numberColumns(), row, 1000) >= 0;
            case YUAN_AS_WAN_YUAN -> countFitting(layout.wanYuanColumns(), row, 0.01) >= 0;
            case VALUE_ADDED_ABOVE_OUTPUT -> isNumber(row, layout.outputColumn()) && row.unscaled[layout.outputColumn()] > 0;
            case NEGATIVE_LAND -> isNumber(row, layout.landColumn()) && row.unscaled[layout.landColumn()] > 0;
            default -> true;
        };
    }

    private static boolean isNumber(RowBuffer row, int col) {
        return col >= 0 && row.type[col] == RowBuffer.NUMBER;
    }

    /** How many of the columns are non-blank (and, for numbers, at least {@code min} in size); -1 if none. */
    private int countFitting(int[] columns, RowBuffer row, double min) {
        int n = 0;
        for (int c : columns) {
            if (fits(row, c, min)) {
                n++;
            }
        }
        if (n == 0) {
            return -1;
        }
        return n;
    }

    private int pickColumn(int[] columns, RowBuffer row, double min) {
        int n = countFitting(columns, row, min);
        int pick = d.below(n);
        for (int c : columns) {
            if (fits(row, c, min) && pick-- == 0) {
                return c;
            }
        }
        throw new IllegalStateException("no column fits");
    }

    private static boolean fits(RowBuffer row, int c, double min) {
        if (row.type[c] == RowBuffer.BLANK) {
            return false;
        }
        if (row.type[c] == RowBuffer.TEXT) {
            return min <= 0;
        }
        return Math.abs(row.unscaled[c] / Math.pow(10, row.scale[c])) >= min;
    }

    private String inject(FaultKind kind, RowBuffer row) {
        String[] h = layout.headers();
        switch (kind) {
            case BAD_CHECK_DIGIT -> {
                int c = layout.codeColumns()[d.below(layout.codeColumns().length)];
                String code = row.text[c];
                int v = CreditCode.ALPHABET.indexOf(code.charAt(17));
                row.text(c, code.substring(0, 17) + CreditCode.ALPHABET.charAt((v + 1 + d.below(30)) % 31));
                return h[c];
            }
            case BLANK_REQUIRED -> {
                int c = pickColumn(layout.requiredColumns(), row, 0);
                row.blank(c);
                return h[c];
            }
            case FULL_WIDTH -> {
                int c = pickColumn(layout.numberColumns(), row, 0);
                row.text(c, NumberText.fullWidth(row.plain(c), d.chance(0.5)));
                return h[c];
            }
            case THOUSANDS_SEPARATOR -> {
                int c = pickColumn(layout.numberColumns(), row, 1000);
                row.text(c, NumberText.grouped(row.plain(c), ','));
                return h[c];
            }
            case YUAN_AS_WAN_YUAN -> {
                for (int c : layout.wanYuanColumns()) {
                    row.number(c, row.unscaled[c] * 10_000, row.scale[c]);
                }
                int total = layout.wanYuanColumns()[layout.wanYuanColumns().length - 1];
                return h[total];
            }
            case VALUE_ADDED_ABOVE_OUTPUT -> {
                int o = layout.outputColumn();
                int va = layout.valueAddedColumn();
                row.number(va, Math.round(row.unscaled[o] * d.between(1.05, 1.6)) + 1, row.scale[o]);
                return h[va];
            }
            case NEGATIVE_LAND -> {
                int c = layout.landColumn();
                row.number(c, -row.unscaled[c], row.scale[c]);
                return h[c];
            }
            case UNKNOWN_INDUSTRY -> {
                int c = layout.industryColumn();
                row.text(c, UNKNOWN_INDUSTRIES[d.below(UNKNOWN_INDUSTRIES.length)]);
                return h[c];
            }
            case UNKNOWN_DISTRICT -> {
                int c = layout.districtColumn();
                row.text(c, UNKNOWN_DISTRICTS[d.below(UNKNOWN_DISTRICTS.length)]);
                return h[c];
            }
            default -> throw new IllegalStateException("not an in-place fault: " + kind);
        }
    }

    /** Changes one value of the copy: a number by 10–60 %, or else the last text column. */
    private String conflict(RowBuffer row) {
        String[] h = layout.headers();
        if (countFitting(layout.numberColumns(), row, 0) >= 0) {
            int c = pickColumn(layout.numberColumns(), row, 0);
            long v = row.unscaled[c];
            row.number(c, v == 0 ? 100 : Math.round(v * d.between(1.1, 1.6)) + (v > 0 ? 1 : -1), row.scale[c]);
            return h[c];
        }
        int c = row.columns() - 1;
        row.text(c, (row.text[c] == null ? "" : row.text[c]) + "附" + (1 + d.below(9)) + "号");
        return h[c];
    }
}
