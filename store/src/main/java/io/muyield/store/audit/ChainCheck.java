package io.muyield.store.audit;

import java.util.Optional;

/**
 * The result of walking the audit chain: how many entries were checked, and the first one that does not fit (with
 * why), if any.
 */
public record ChainCheck(long entries, Optional<Long> firstBrokenSeq, Optional<String> problem) {

    public boolean ok() {
        return firstBrokenSeq.isEmpty();
    }

    static ChainCheck intact(long entries) {
        return new ChainCheck(entries, Optional.empty(), Optional.empty());
    }

    static ChainCheck broken(long checked, long seq, String problem) {
        return new ChainCheck(checked, Optional.of(seq), Optional.of(problem));
    }

    /** One line for a person: "OK: n entries" or "BROKEN at entry s: why". */
    public String describe() {
        return ok() ? "OK: audit chain of " + entries + " entries verified"
                : "BROKEN at entry " + firstBrokenSeq.get() + ": " + problem.orElse("");
    }
}
