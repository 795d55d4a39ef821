package io.muyield.synth;

/** Writes a non-negative long as ASCII digits into a byte buffer, without allocating: the hot path of every file writer. */
final class AsciiDigits {

    private AsciiDigits() {
    }

    /** Writes v at pos (the caller has made room for 19 bytes) and returns the position after the last digit. */
    static int write(byte[] buf, int pos, long v) {
        if (v == 0) {
            buf[pos] = '0';
            return pos + 1;
        }
        int start = pos;
        while (v > 0) {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return pos;
    }
}
