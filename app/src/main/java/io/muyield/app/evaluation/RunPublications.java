package io.muyield.app.evaluation;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.app.shared.Notifications;
import io.muyield.store.Database;
import io.muyield.store.evaluation.Publication;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.ResultRepository;
import io.muyield.store.evaluation.RunRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notice period (公示) of runs: their publication states, the forward moves of city administrators (audited
 * {@code RUN_PUBLICATION}), the automatic close of ended notice periods ({@link NoticePeriodCloser}), and whether an
 * enterprise may appeal now. Each move notifies the users whose scope holds an enterprise of the run, in the move's
 * transaction. Which runs a user sees stays with {@link EvaluationService}.
 */
@Service
public class RunPublications {

    private final EvaluationService evaluation;
    private final PublicationRepository publications;
    private final RunRepository runs;
    private final ResultRepository results;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final Database database;
    private final Notifications notifications;
    private final Clock clock;

    RunPublications(EvaluationService evaluation, PublicationRepository publications, RunRepository runs, ResultRepository results, DataScopes scopes, AuditLog audit,
                    Database database, Notifications notifications, Clock clock) {
        this.evaluation = evaluation;
        this.database = database;
        this.notifications = notifications;
        this.clock = clock;
        this.publications = publications;
        this.runs = runs;
        this.results = results;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The publication state (公示) of a run the user may see. */
    public Publication publication(long id) {
        evaluation.stored(id);
        return publications.of(id);
    }

    /** The publication states of runs (DRAFT when never moved). */
    Map<Long, Publication> publications(List<Long> ids) {
        return publications.of(ids);
    }

    /** Every move of a run the user may see through its publication states. */
    List<Publication.Step> publicationHistory(long id) {
        evaluation.stored(id);
        return publications.history(id);
    }

    /**
     * Moves a run forward through its publication states (city administrators); PUBLISHED needs the notice end date, which
     * may not be in the past. Audited {@code RUN_PUBLICATION}.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public Publication publish(long id, PublicationState target, LocalDate noticeEnd) {
        evaluation.stored(id);
        Publication now = publications.of(id);
        if (target == PublicationState.PUBLISHED && noticeEnd == null) {
            throw new IllegalArgumentException("give the notice end date to publish run " + id);
        }
        if (noticeEnd != null && target == PublicationState.PUBLISHED && noticeEnd.isBefore(today())) {
            throw new IllegalArgumentException("the notice end date " + noticeEnd + " is in the past");
        }
        if (target.ordinal() <= now.state().ordinal()) {
            throw new IllegalArgumentException("run " + id + " is " + now.state() + " and moves only forward, not to " + target);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "system" : auth.getName();
        Optional<LocalDate> end = target == PublicationState.PUBLISHED ? Optional.of(noticeEnd) : Optional.empty();
        if (!move(id, now.state(), target, end, actor)) {
            throw new IllegalArgumentException("run " + id + " was moved meanwhile; reload and try again");
        }
        return publications.of(id);
    }

    /**
     * The runs that were never published (still DRAFT), oldest first: on a database from before notice periods existed,
     * every run. They stay DRAFT (enterprise users do not see them) until the administrator publishes each one or
     * records it as final; the runs page lists them for the administrator.
     */
    List<EvaluationJson.Run> neverPublished() {
        List<EvaluationJson.Run> all = evaluation.runs();
        Map<Long, Publication> states = publications.of(all.stream().map(EvaluationJson.Run::id).toList());
        return all.stream().filter(r -> states.get(r.id()).state() == PublicationState.DRAFT)
                .sorted(java.util.Comparator.comparingLong(EvaluationJson.Run::id)).toList();
    }

    /**
     * Records never-published runs as final (DRAFT → FINAL: lists announced before muyield kept notice periods), each
     * audited and notified like any move; runs no longer DRAFT are left as they are. Returns how many moved.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public int recordAsFinal(List<Long> ids) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "system" : auth.getName();
        int moved = 0;
        for (long id : ids) {
            evaluation.stored(id);
            if (publications.of(id).state() == PublicationState.DRAFT
                    && move(id, PublicationState.DRAFT, PublicationState.FINAL, Optional.empty(), actor)) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * Moves the run with compare-and-set from {@code from} and notifies, in one transaction; audited
     * {@code RUN_PUBLICATION} after it commits.
     *
     * @return false when the run was no longer in {@code from} (another administrator or application instance moved it)
     */
    boolean move(long id, PublicationState from, PublicationState to, Optional<LocalDate> end, String actor) {
        LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Optional<Publication> after = Optional.empty();
        for (int attempt = 1; ; attempt++) {
            try {
                after = database.inTransaction(() -> {
                    if (!publications.move(id, from, to, end, actor, at)) {
                        return Optional.empty();
                    }
                    Publication moved = publications.of(id);
                    int year = runs.run(id).map(r -> r.year()).orElse(0);
                    String until = moved.noticeEnd().map(LocalDate::toString).orElse("");
                    notifications.aboutRun(id, actor, "RUN_" + to.name(), List.of(Long.toString(id), Integer.toString(year), until));
                    return Optional.of(moved);
                });
                break;
            } catch (DataAccessException e) {
                // A concurrent move of the same run: PostgreSQL makes the second UPDATE wait and then find nothing (false
                // above); DuckDB reports a write conflict (or the first row inserted twice) at once. Whoever committed
                // won; while the other is still uncommitted, try again shortly.
                if (publications.of(id).state() != from) {
                    return false;
                }
                if (attempt == 5) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        if (after.isEmpty()) {
            return false;
        }
        audit.record(actor, "RUN_PUBLICATION", "run:" + id, from + " → " + to + after.get().noticeEnd().map(d -> ", notice until " + d).orElse(""));
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * Whether the enterprise may appeal its result in this run now: the user sees the run, it holds the enterprise within
     * the scope, and it is PUBLISHED with today on or before its notice end. Returns the run's year when it may.
     */
    public Optional<Integer> resultAppealsOpen(long runId, String creditCode) {
        EvaluationJson.Run run = evaluation.runs().stream().filter(r -> r.id() == runId).findFirst().orElse(null);
        if (run == null || !publications.of(runId).appealsOpen(today())
                || results.results(runId, new ResultFilter(null, null, null, null, creditCode), scopes.enterprises(), 0, 1).items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(run.year());
    }

    /**
     * Whether the enterprise may appeal a fact of the year now: a run of that year that the user sees holds the enterprise
     * (within the scope) and is PUBLISHED with today on or before its notice end.
     */
    public boolean appealsOpen(String creditCode, int year) {
        LocalDate today = today();
        for (EvaluationJson.Run run : evaluation.runs()) {
            if (run.year() == year && publications.of(run.id()).appealsOpen(today)
                    && !results.results(run.id(), new ResultFilter(null, null, null, null, creditCode), scopes.enterprises(), 0, 1).items().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
