package io.muyield.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, per file, the identifying key of every accepted row (credit code, parcel number, account …) with where
 * it was and a 16-bit hash of each of its first 16 checked cells (the rest folded into the 16th), so that a later row
 * with the same key is told apart as an exact duplicate or a conflicting one, and the differing cells are named.
 * <p>
 * Keys are kept as 64-bit hashes in an open-addressing table at most 70 % full: 48 bytes a slot, no object per row
 * (about 70 MB for a million keys). Two different keys are taken for one with a probability of about n²/2⁶⁵
 * (3·10⁻⁸ for a million rows); a conflicting row is called exact only if all its cell hashes collide.
 */
public final class DuplicateTracker {

    public enum Kind { EXACT, CONFLICTING }

    /**
     * A repeated key: exact or conflicting, where the first row was, and for a conflict the positions (in the order of
     * the checked columns, at most 16) whose cells differ from the first row's.
     */
    public record Duplicate(Kind kind, String sheet, int firstRow, List<Integer> differing) {
    }

    private static final int GROUPS = 4;
    private static final int PER_GROUP = 4;
    private static final int TRACKED = GROUPS * PER_GROUP;

    private int capacity = 4096;
    private long[] keys = new long[capacity];
    private long[] places = new long[capacity];
    private long[][] cellHashes = newGroups(capacity);
    private int size;
    private final List<String> sheets = new ArrayList<>();

    private static long[][] newGroups(int n) {
        long[][] g = new long[GROUPS][];
        for (int i = 0; i < GROUPS; i++) {
            g[i] = new long[n];
        }
        return g;
    }

    /** Records the key if new; otherwise tells what the earlier row was. */
    public Optional<Duplicate> check(String key, String sheet, int row, String[] cells, int[] columns) {
        long h = hash(key);
        long[] bits = cellBits(cells, columns);
        int i = slot(h, capacity);
        while (places[i] != 0) {
            if (keys[i] == h) {
                return Optional.of(compare(i, bits, Math.min(TRACKED, columns.length)));
            }
            i = i + 1 == capacity ? 0 : i + 1;
        }
        int sheetIndex = sheets.indexOf(sheet);
        if (sheetIndex < 0) {
            sheets.add(sheet);
            sheetIndex = sheets.size() - 1;
        }
        keys[i] = h;
        places[i] = ((long) (sheetIndex + 1) << 32) | (row & 0xFFFFFFFFL);
        for (int g = 0; g < GROUPS; g++) {
            cellHashes[g][i] = bits[g];
        }
        if (++size * 10L > capacity * 7L) {
            grow();
        }
        return Optional.empty();
    }

    private Duplicate compare(int i, long[] bits, int tracked) {
        String priorSheet = sheets.get((int) (places[i] >>> 32) - 1);
        int priorRow = (int) places[i];
        List<Integer> differing = new ArrayList<>();
        for (int c = 0; c < tracked; c++) {
            int shift = (c % PER_GROUP) * 16;
            if (((cellHashes[c / PER_GROUP][i] >>> shift) & 0xFFFF) != ((bits[c / PER_GROUP] >>> shift) & 0xFFFF)) {
                differing.add(c);
            }
        }
        return new Duplicate(differing.isEmpty() ? Kind.EXACT : Kind.CONFLICTING, priorSheet, priorRow, differing);
    }

    public int size() {
        return size;
    }

    private static int slot(long h, int capacity) {
        return (int) (((h >>> 32) * capacity) >>> 32);
    }

    private void grow() {
        int n = capacity + capacity / 2;
        long[] nk = new long[n];
        long[] np = new long[n];
        long[][] nc = newGroups(n);
        for (int j = 0; j < capacity; j++) {
            if (places[j] != 0) {
                int i = slot(keys[j], n);
                while (np[i] != 0) {
                    i = i + 1 == n ? 0 : i + 1;
                }
                nk[i] = keys[j];
                np[i] = places[j];
                for (int g = 0; g < GROUPS; g++) {
                    nc[g][i] = cellHashes[g][j];
                }
            }
        }
        capacity = n;
        keys = nk;
        places = np;
        cellHashes = nc;
    }

    /** 64-bit FNV-1a with a final mix. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Sixteen bits of hash per checked column, four columns to a long; columns past the 16th fold into the 16th. */
    static long[] cellBits(String[] cells, int[] columns) {
        long[] bits = new long[GROUPS];
        long folded = 0;
        for (int c = 0; c < columns.length; c++) {
            int col = columns[c];
            String s = col < cells.length && cells[col] != null ? cells[col].strip() : "";
            long h = hash(s);
            if (c >= TRACKED - 1) {
                folded = folded * 31 + h;
                h = hash(Long.toString(folded));
            }
            int t = Math.min(c, TRACKED - 1);
            bits[t / PER_GROUP] = (bits[t / PER_GROUP] & ~(0xFFFFL << ((t % PER_GROUP) * 16))) | ((h & 0xFFFF) << ((t % PER_GROUP) * 16));
        }
        return bits;
    }
}
