package io.muyield.synth;

/** One row about to be written: typed cells (text, decimal number, blank), reused for every row of a table. */
final class RowBuffer {

    static final byte BLANK = 0;
    static final byte TEXT = 1;
    static final byte NUMBER = 2;

    final byte[] type;
    final String[] text;
    final long[] unscaled;
    final byte[] scale;

    RowBuffer(int columns) {
        type = new byte[columns];
        text = new String[columns];
        unscaled = new long[columns];
        scale = new byte[columns];
    }

    int columns() {
        return type.length;
    }

    RowBuffer text(int col, String s) {
        type[col] = TEXT;
        text[col] = s;
        return this;
    }

    RowBuffer number(int col, long value, int decimals) {
        type[col] = NUMBER;
        unscaled[col] = value;
        scale[col] = (byte) decimals;
        return this;
    }

    RowBuffer blank(int col) {
        type[col] = BLANK;
        text[col] = null;
        return this;
    }

    void copyFrom(RowBuffer o) {
        System.arraycopy(o.type, 0, type, 0, type.length);
        System.arraycopy(o.text, 0, text, 0, text.length);
        System.arraycopy(o.unscaled, 0, unscaled, 0, unscaled.length);
        System.arraycopy(o.scale, 0, scale, 0, scale.length);
    }

    /** The number in column col as plain decimal text. */
    String plain(int col) {
        return java.math.BigDecimal.valueOf(unscaled[col], scale[col]).toPlainString();
    }
}
