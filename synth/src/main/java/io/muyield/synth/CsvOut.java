package io.muyield.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A fast delimited-text writer into a large byte buffer: numbers are formatted straight into bytes, text is encoded
 * in UTF-8 by hand or through a lookup table (GBK), fields are quoted only when they must be (RFC 4180).
 */
final class CsvOut implements Closeable {

    private static final int CAPACITY = 1 << 20;
    private final OutputStream out;
    private final byte[] buf = new byte[CAPACITY];
    private int pos;
    private final byte separator;
    private final boolean utf8;
    private final short[] gbk;
    private final byte[] lineEnd;
    private boolean firstField = true;

    CsvOut(OutputStream out, Charset charset, char separator, boolean bom, String lineEnd) throws IOException {
        this.out = out;
        this.separator = (byte) separator;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.gbk = utf8 ? null : DoubleByteTable.of(charset);
        this.lineEnd = lineEnd.getBytes(StandardCharsets.US_ASCII);
        if (bom) {
            buf[pos++] = (byte) 0xEF;
            buf[pos++] = (byte) 0xBB;
            buf[pos++] = (byte) 0xBF;
        }
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

    private void separate() throws IOException {
        ensure(1);
        if (!firstField) {
            buf[pos++] = separator;
        }
        firstField = false;
    }

    CsvOut text(String s) throws IOException {
        separate();
        int mark = pos;
        if (!encode(s, true)) {
            pos = mark;
            ensure(1);
            buf[pos++] = '"';
            encode(s.replace("\"", "\"\""), false);
            ensure(1);
            buf[pos++] = '"';
        }
        return this;
    }

    /**
     * Encodes s (UTF-8 by hand, GBK by table). Written plain, returns false, having written garbage to be rewound,
     * when s holds a separator, quote or line break and so must be quoted. The buffer is made large enough first, so a rewind
     * never crosses a flush.
     */
    private boolean encode(String s, boolean plain) throws IOException {
        int n = s.length();
        ensure(n * 3 + 2);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (plain && (c == separator || c == '"' || c == '\n' || c == '\r')) {
                    return false;
                }
                buf[pos++] = (byte) c;
            } else if (!utf8) {
                short code = gbk[c];
                if (code == 0) {
                    throw new IllegalArgumentException("cannot encode “" + s + "” in GBK");
                }
                buf[pos++] = (byte) (code >> 8);
                buf[pos++] = (byte) code;
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("no surrogates expected in generated text");
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return true;
    }

    /** unscaled × 10^-scale, written in plain decimal with exactly {@code scale} decimals. */
    CsvOut decimal(long unscaled, int scale) throws IOException {
        separate();
        ensure(24);
        if (unscaled < 0) {
            buf[pos++] = '-';
            unscaled = -unscaled;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        digits(unscaled / pow);
        if (scale > 0) {
            buf[pos++] = '.';
            long frac = unscaled % pow;
            for (long p = pow / 10; p >= 1; p /= 10) {
                buf[pos++] = (byte) ('0' + frac / p % 10);
            }
        }
        return this;
    }

    CsvOut number(long v) throws IOException {
        return decimal(v, 0);
    }

    CsvOut blank() throws IOException {
        separate();
        return this;
    }

    private void digits(long v) {
        pos = AsciiDigits.write(buf, pos, v);
    }

    CsvOut endRow() throws IOException {
        ensure(lineEnd.length);
        System.arraycopy(lineEnd, 0, buf, pos, lineEnd.length);
        pos += lineEnd.length;
        firstField = true;
        return this;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
