package io.muyield.synth;

/**
 * A keyed bijection of [0, n) onto itself, computable for one index at a time: a few invertible mixing rounds on
 * the smallest power-of-two domain covering n, with cycle walking back into range. Used to stratify firm sizes
 * (each firm gets its own slice of the size distribution) and to make identifiers unique without a lookup table.
 */
final class IndexPermutation {

    private final long n;
    private final int bits;
    private final long mask;
    private final long[] keys = new long[4];

    IndexPermutation(long key, long n) {
        if (n < 1) {
            throw new IllegalArgumentException("domain must not be empty");
        }
        this.n = n;
        this.bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        this.mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Draws.hash(key, 0x5045524DL, i, n);
        }
    }

    long apply(long x) {
        if (x < 0 || x >= n) {
            throw new IllegalArgumentException("index " + x + " outside [0, " + n + ")");
        }
        long y = x;
        do {
            y = round(y);
        } while (y >= n);
        return y;
    }

    private long round(long x) {
        int half = bits / 2;
        for (long k : keys) {
            x = (x * ((k << 1) | 1)) & mask;   // odd multiplier: invertible mod 2^bits
            x = (x + (k >>> 17)) & mask;
            x ^= x >>> half;                   // xor-shift right: invertible
        }
        return x;
    }
}
