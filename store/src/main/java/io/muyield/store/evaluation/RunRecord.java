package io.muyield.store.evaluation;

import java.util.Objects;
import java.util.Optional;

/** Who stores a run, the run it re-evaluates (if any), and a note on the input (e.g. what had no stored source). */
public record RunRecord(String createdBy, Optional<Long> parentRunId, String note) {

    public RunRecord {
        Objects.requireNonNull(createdBy, "created by");
        Objects.requireNonNull(parentRunId, "parent run");
        note = note == null ? "" : note;
    }

    public static RunRecord by(String user) {
        return new RunRecord(user, Optional.empty(), "");
    }

    public RunRecord withParent(long runId) {
        return new RunRecord(createdBy, Optional.of(runId), note);
    }

    public RunRecord withNote(String text) {
        return new RunRecord(createdBy, parentRunId, text);
    }
}
