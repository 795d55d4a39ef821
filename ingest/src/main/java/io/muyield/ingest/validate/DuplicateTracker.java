package io.muyield.ingest.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, per file, the identifying key of every accepted row (credit code, parcel number, account …) with the row
 * number and a 64-bit fingerprint of its cells, so that a later row with the same key is told apart as an exact
 * duplicate or a conflicting one. About 100 bytes per key.
 */
public final class DuplicateTracker {

    public enum Kind { EXACT, CONFLICTING }

    public record Duplicate(Kind kind, String sheet, int firstRow) {
    }

    private record Seen(String sheet, int row, long fingerprint) {
    }

    private final Map<String, Seen> seen = new HashMap<>();

    /** Records the key if new; otherwise tells what the earlier row was. */
    public Optional<Duplicate> check(String key, String sheet, int row, long fingerprint) {
        Seen prior = seen.putIfAbsent(key, new Seen(sheet, row, fingerprint));
        if (prior == null) {
            return Optional.empty();
        }
        return Optional.of(new Duplicate(prior.fingerprint == fingerprint ? Kind.EXACT : Kind.CONFLICTING, prior.sheet, prior.row));
    }

    public int size() {
        return seen.size();
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
