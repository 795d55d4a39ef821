package io.muyield.ingest.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, per file, the identifying key of every accepted row (credit code, parcel number, account …) with where
 * it was and a 64-bit fingerprint of its cells, so that a later row with the same key is told apart as an exact
 * duplicate or a conflicting one. Keys are kept as 64-bit hashes in an open-addressing table (56 bytes a key at most
 * 50 % load, no object per row; 16 bits a column more for the first 16 columns, to name the cells that differ): two different keys are taken for one with a probability of about n²/2⁶⁵
 * (3·10⁻⁸ for a million rows).
 */
public final class DuplicateTracker {

    public enum Kind { EXACT, CONFLICTING }

    /**
     * A repeated key: exact or conflicting, where the first row was, and for a conflict the positions (in the order of
     * the fingerprinted columns, at most 16) whose cells differ from the first row's (empty when it cannot tell).
     */
    public record Duplicate(Kind kind, String sheet, int firstRow, List<Integer> differing) {
    }

    private long[] keys = new long[1 << 12];
    private long[] fingerprints = new long[1 << 12];
    private long[] places = new long[1 << 12];
    private long[][] columnHashes = {new long[1 << 12], new long[1 << 12], new long[1 << 12], new long[1 << 12]};
    private int size;
    private final List<String> sheets = new ArrayList<>();

    /** Records the key if new; otherwise tells what the earlier row was. */
    public Optional<Duplicate> check(String key, String sheet, int row, String[] cells, int[] columns) {
        long fingerprint = fingerprint(cells, columns);
        long[] bits = new long[4];
        for (int g = 0; g < 4; g++) {
            bits[g] = columnBits(cells, columns, g * 4);
        }
        long h = hash(key);
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (places[i] != 0) {
            if (keys[i] == h) {
                long place = places[i];
                String priorSheet = sheets.get((int) (place >>> 32) - 1);
                int priorRow = (int) place;
                if (fingerprints[i] == fingerprint) {
                    return Optional.of(new Duplicate(Kind.EXACT, priorSheet, priorRow, List.of()));
                }
                List<Integer> differing = new ArrayList<>();
                for (int c = 0; c < Math.min(16, columns.length); c++) {
                    long a = columnHashes[c / 4][i];
                    long b = bits[c / 4];
                    int shift = (c % 4) * 16;
                    if (((a >>> shift) & 0xFFFF) != ((b >>> shift) & 0xFFFF)) {
                        differing.add(c);
                    }
                }
                return Optional.of(new Duplicate(Kind.CONFLICTING, priorSheet, priorRow, differing));
            }
            i = (i + 1) & mask;
        }
        int sheetIndex = sheets.indexOf(sheet);
        if (sheetIndex < 0) {
            sheets.add(sheet);
            sheetIndex = sheets.size() - 1;
        }
        keys[i] = h;
        fingerprints[i] = fingerprint;
        places[i] = ((long) (sheetIndex + 1) << 32) | (row & 0xFFFFFFFFL);
        for (int g = 0; g < 4; g++) {
            columnHashes[g][i] = bits[g];
        }
        if (++size * 2 > keys.length) {
            grow();
        }
        return Optional.empty();
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] ok = keys;
        long[] of = fingerprints;
        long[] op = places;
        long[][] oc = columnHashes;
        keys = new long[ok.length * 2];
        columnHashes = new long[][]{new long[ok.length * 2], new long[ok.length * 2], new long[ok.length * 2], new long[ok.length * 2]};
        fingerprints = new long[ok.length * 2];
        places = new long[ok.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (op[j] != 0) {
                int i = (int) (ok[j] ^ (ok[j] >>> 32)) & mask;
                while (places[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                fingerprints[i] = of[j];
                places[i] = op[j];
                for (int g = 0; g < 4; g++) {
                    columnHashes[g][i] = oc[g][j];
                }
            }
        }
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

    /** Sixteen bits of hash per column, for columns from..from+3 of the fingerprinted ones. */
    static long columnBits(String[] cells, int[] columns, int from) {
        long bits = 0;
        for (int c = from; c < Math.min(from + 4, columns.length); c++) {
            int col = columns[c];
            String s = col < cells.length && cells[col] != null ? cells[col].strip() : "";
            long h = hash(s);
            bits |= (h & 0xFFFF) << ((c - from) * 16);
        }
        return bits;
    }

    /** FNV-1a over the cells, with a separator between them. */
    public static long fingerprint(String[] cells, int[] columns) {
        long h = 0xcbf29ce484222325L;
        for (int c : columns) {
            String s = c < cells.length && cells[c] != null ? cells[c].strip() : "";
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1F;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
