package io.muyield.synth;

import java.io.IOException;
import java.io.OutputStream;

/** Sheet XML as bytes: rows, inline-string and number cells with references, UTF-8 encoded by hand. */
final class XmlBytes {

    private static final byte[][] COLUMNS = new byte[32][];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = (i < 26 ? String.valueOf((char) ('A' + i)) : "A" + (char) ('A' + i - 26)).getBytes();
        }
    }

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 18];
    private int pos;

    XmlBytes(OutputStream out) {
        this.out = out;
    }

    private void ensure(int n) throws IOException {
        if (pos + n > buf.length) {
            flush();
        }
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    void ascii(String s) throws IOException {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    void rowStart(int row) throws IOException {
        ensure(24);
        put("<row r=\"");
        digits(row);
        buf[pos++] = '"';
        buf[pos++] = '>';
    }

    private void cellStart(int col, int row) {
        put("<c r=\"");
        for (byte b : COLUMNS[col]) {
            buf[pos++] = b;
        }
        digits(row);
        buf[pos++] = '"';
    }

    void text(int col, int row, String s) throws IOException {
        ensure(64 + s.length() * 6);
        cellStart(col, row);
        put(" t=\"inlineStr\"><is><t>");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                put("&lt;");
            } else if (c == '>') {
                put("&gt;");
            } else if (c == '&') {
                put("&amp;");
            } else if (c < 0x80) {
                buf[pos++] = (byte) c;
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
        put("</t></is></c>");
    }

    /** unscaled × 10^-scale as a plain decimal, trailing zeros of the fraction dropped. */
    void number(int col, int row, long unscaled, int scale) throws IOException {
        ensure(64);
        cellStart(col, row);
        put("><v>");
        if (unscaled < 0) {
            buf[pos++] = '-';
            unscaled = -unscaled;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        digits(unscaled / pow);
        long frac = unscaled % pow;
        if (frac != 0) {
            buf[pos++] = '.';
            for (long p = pow / 10; frac != 0; p /= 10) {
                buf[pos++] = (byte) ('0' + frac / p);
                frac %= p;
            }
        }
        put("</v></c>");
    }

    private void put(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            buf[pos++] = (byte) ascii.charAt(i);
        }
    }

    private void digits(long v) {
        pos = AsciiDigits.write(buf, pos, v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
