package io.muyield.core.enterprise;

import java.util.HashSet;
import java.util.Set;

/**
 * An exact set of credit codes in little memory, for the checks an import makes on every row ("is this enterprise
 * registered?"). A valid code's 18 symbols (5 bits each) are packed into two longs, kept in one open-addressing table:
 * about 32 bytes per code instead of about 100 for a {@code HashSet<String>}, and one cache line per lookup. Strings
 * that are not valid codes (legacy rows) go to a plain set beside it, so membership is exact for any string.
 * Not thread-safe.
 *
 * <pre>
 * CreditCodeSet registered = new CreditCodeSet(1_000_000);
 * registered.add("91500112000000001X…");
 * registered.contains(code);
 * </pre>
 */
public final class CreditCodeSet {

    private static final long EMPTY = -1L;
    private static final int LOW_SYMBOLS = 6;

    private long[] slots;
    private int mask;
    private int size;
    private final Set<String> others = new HashSet<>();

    /** An empty set sized for about {@code expected} codes (it grows beyond that). */
    public CreditCodeSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    public CreditCodeSet() {
        this(1024);
    }

    /** Adds a code (any string); true when it was not there yet. */
    public boolean add(String code) {
        if (!CreditCode.valid(code)) {
            return others.add(code);
        }
        long high = high(code);
        long low = low(code);
        if (insert(high, low)) {
            if (++size * 2 > slots.length / 2) {
                grow();
            }
            return true;
        }
        return false;
    }

    public boolean contains(CreditCode code) {
        return find(high(code.value()), low(code.value()));
    }

    /** Whether the string is in the set (exact for any string). */
    public boolean contains(String code) {
        return CreditCode.valid(code) ? find(high(code), low(code)) : others.contains(code);
    }

    public int size() {
        return size + others.size();
    }

    private boolean find(long high, long low) {
        int i = slot(high, low);
        while (true) {
            long h = slots[i];
            if (h == EMPTY) {
                return false;
            }
            if (h == high && slots[i + 1] == low) {
                return true;
            }
            i = (i + 2) & mask;
        }
    }

    private boolean insert(long high, long low) {
        int i = slot(high, low);
        while (true) {
            long h = slots[i];
            if (h == EMPTY) {
                slots[i] = high;
                slots[i + 1] = low;
                return true;
            }
            if (h == high && slots[i + 1] == low) {
                return false;
            }
            i = (i + 2) & mask;
        }
    }

    private int slot(long high, long low) {
        long x = high * 0x9E3779B97F4A7C15L + low;
        x ^= x >>> 31;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 29;
        return (int) x & mask;
    }

    private void allocate(int codes) {
        slots = new long[codes * 2];
        java.util.Arrays.fill(slots, EMPTY);
        mask = slots.length - 2;
    }

    private void grow() {
        long[] old = slots;
        allocate(old.length);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                insert(old[i], old[i + 1]);
            }
        }
    }

    /** Symbols 1–12, 5 bits each (60 bits: never -1). */
    private static long high(String code) {
        long v = 0;
        for (int i = 0; i < 18 - LOW_SYMBOLS; i++) {
            v = v << 5 | CreditCode.symbolValue(code.charAt(i));
        }
        return v;
    }

    /** Symbols 13–18, 5 bits each. */
    private static long low(String code) {
        long v = 0;
        for (int i = 18 - LOW_SYMBOLS; i < 18; i++) {
            v = v << 5 | CreditCode.symbolValue(code.charAt(i));
        }
        return v;
    }
}
