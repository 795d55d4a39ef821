package io.muyield.store.evaluation;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The header of a stored run: what was computed (scheme id, version, title, text and its SHA-256; the input snapshot's
 * SHA-256; the engine version; the fingerprint of the three), over which data year, by whom and when, its status, the
 * run it re-evaluates (if any), how many units it holds and a note on what the input lacked.
 */
public record StoredRun(long id, String schemeId, int schemeVersion, String schemeTitle, String schemeText, String schemeSha256,
                        String inputSha256, String engineVersion, String fingerprint, int year, String createdBy,
                        LocalDateTime createdAt, String status, Optional<Long> parentRunId, int unitCount, String note) {

    /** The only status a stored run has: it is written whole in one transaction or not at all. */
    public static final String COMPLETE = "COMPLETE";
}
