package io.muyield.app.evaluation;

import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Closes ended notice periods: a PUBLISHED run whose notice end date has passed (today, UTC, is after it) moves to
 * CLOSED, as {@link #ACTOR}, audited {@code RUN_PUBLICATION} and notified like an administrator's move. Every
 * {@code muyield.notice.auto-close-interval} (default 10 minutes). Idempotent, and safe with several application
 * instances on one PostgreSQL: each move is a compare-and-set from PUBLISHED, so exactly one instance moves a run and
 * only that one audits and notifies; the others find it moved and skip it.
 */
@Component
public class NoticePeriodCloser {

    /** The actor of automatic moves in the audit trail and the run's history (the command line's is {@code cli:<user>}). */
    public static final String ACTOR = "system:notice-period";

    private static final Logger LOG = LoggerFactory.getLogger(NoticePeriodCloser.class);

    private final PublicationRepository publications;
    private final RunPublications moves;
    private final Clock clock;

    NoticePeriodCloser(PublicationRepository publications, RunPublications moves, Clock clock) {
        this.publications = publications;
        this.moves = moves;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${muyield.notice.auto-close-interval:PT10M}",
            initialDelayString = "${muyield.notice.auto-close-initial-delay:PT1M}")
    void scheduled() {
        try {
            closeEnded();
        } catch (RuntimeException e) {
            LOG.warn("closing ended notice periods failed (tried again at the next interval): {}", e.getMessage());
        }
    }

    /** Closes every PUBLISHED run whose notice end is before today; returns how many this call closed. */
    public int closeEnded() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int closed = 0;
        for (long run : publications.publishedEndedBefore(today)) {
            if (moves.move(run, PublicationState.PUBLISHED, PublicationState.CLOSED, Optional.empty(), ACTOR)) {
                LOG.info("run #{}: notice period ended, closed", run);
                closed++;
            }
        }
        return closed;
    }
}
