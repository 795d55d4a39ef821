package io.muyield.store.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** A run's publication state; {@code noticeEnd} is the last day of the notice period (set when it was published). */
public record Publication(long runId, PublicationState state, Optional<LocalDate> noticeEnd, Optional<String> changedBy,
                          Optional<LocalDateTime> changedAt) {

    public static Publication draft(long runId) {
        return new Publication(runId, PublicationState.DRAFT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Appeals are open: published and {@code today} is not after the notice end. */
    public boolean appealsOpen(LocalDate today) {
        return state == PublicationState.PUBLISHED && noticeEnd.map(end -> !today.isAfter(end)).orElse(false);
    }

    /** One move in the history. */
    public record Step(int position, PublicationState from, PublicationState to, Optional<LocalDate> noticeEnd, String actor,
                       LocalDateTime at) {
    }
}
