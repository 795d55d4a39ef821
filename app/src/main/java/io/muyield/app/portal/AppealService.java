package io.muyield.app.portal;

import io.muyield.app.evaluation.EnterpriseResults;
import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.app.shared.Notifications;
import io.muyield.app.shared.Notifications.Audience;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.appeal.Appeal;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.appeal.AppealStatus;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import io.muyield.store.write.WrittenBatch;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Appeals (异议) from filing to decision. The enterprise files against one of its own facts; the district officer of
 * the enterprise forwards it to the city or rejects it; the city administrator accepts or rejects a forwarded appeal.
 * Accepting writes the claimed value as a new batch of source {@value #SOURCE}, which then wins over the older batches.
 * Every step is an appeal step, notifications to the users it concerns (written in the step's transaction) and an
 * audit entry. An appeal outside the caller's data scope is a 404.
 *
 * <p>Who is told: filed → the enterprise's users and its district officers; forwarded → the enterprise, the district
 * officers and the city administrators; rejected by the district → the enterprise and the district officers; rejected
 * or accepted by the city → the enterprise, the district officers and the city administrators; the correction run →
 * the city administrators and analysts and the district officers (the run is a DRAFT, which enterprise users do not
 * see; they are told when it is published). Never the actor itself.
 */
@Service
class AppealService {

    static final String SOURCE = "appeal";

    private final AppealRepository appeals;
    private final EnterpriseRepository enterprises;
    private final FactBatchWriter writer;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final EnterpriseResults results;
    private final Database database;
    private final Notifications notifications;

    AppealService(AppealRepository appeals, EnterpriseRepository enterprises, FactBatchWriter writer, DataScopes scopes, AuditLog audit,
                  EnterpriseResults results, Database database, Notifications notifications) {
        this.results = results;
        this.database = database;
        this.notifications = notifications;
        this.appeals = appeals;
        this.enterprises = enterprises;
        this.writer = writer;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The enterprise user files an appeal against one of its facts. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long file(String actor, String creditCode, String field, int year, String claimed, String reason, List<MultipartFile> files) {
        CreditCode code = CreditCode.parse(creditCode);
        YearlyFacts facts = enterprises.yearlyFacts(code, scopes.enterprises()).stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new UserFacingException("your enterprise has no facts for " + year));
        FactField f;
        try {
            f = FactField.ofColumn(field);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("no such field: " + field);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(claimed.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new UserFacingException("the claimed value must be a number, not '" + claimed + "'");
        }
        if (value.signum() < 0 || value.precision() - value.scale() > 18 || value.scale() > 6) {
            throw new UserFacingException("the claimed value must be 0 or more, with at most 18 digits before and 6 after the point");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4 || why.length() > 2000) {
            throw new UserFacingException("give a reason of 4 to 2000 characters");
        }
        if (!results.appealsOpen(code.value(), year)) {
            throw new UserFacingException("不在公示期内，不受理异议 — appeals are accepted only while an evaluation run of " + year
                    + " holding your enterprise is published (公示中) and before its notice end date");
        }
        boolean open = appeals.list(scopes.enterprises(), Optional.empty()).stream().anyMatch(a -> a.creditCode().equals(code.value())
                && a.year() == year && a.field().equals(f.column()) && a.status().open());
        if (open) {
            throw new UserFacingException("an appeal against this fact (" + year + ", " + f.column() + ") is still open");
        }
        var evidence = EvidenceFiles.check(files);
        long id = database.inTransaction(() -> {
            long filed = appeals.file(code.value(), year, f.column(), facts.get(f).orElse(null), value, why, actor, now(), evidence);
            notify(find(filed), "APPEAL_FILED", actor, EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT), Optional.empty());
            return filed;
        });
        audit.record(actor, "APPEAL_FILED", "appeal:" + id, code.value() + " " + year + " " + f.column() + " " + facts.get(f).map(BigDecimal::toPlainString)
                .orElse("—") + " → " + value.toPlainString() + ", " + evidence.size() + " evidence files");
        return id;
    }

    /**
     * The enterprise user files an appeal against its evaluation result in one run (class, rank, category, an
     * adjustment …): while that run is in its notice period, with a reason and evidence; no claimed value.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    public long fileAgainstResult(String actor, String creditCode, long runId, String reason, List<MultipartFile> files) {
        CreditCode code = CreditCode.parse(creditCode);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 4 || why.length() > 2000) {
            throw new UserFacingException("give a reason of 4 to 2000 characters");
        }
        int year = results.resultAppealsOpen(runId, code.value()).orElseThrow(() -> new UserFacingException(
                "不在公示期内，不受理异议 — appeals against the result of run #" + runId + " are accepted only while it is published (公示中) "
                        + "and before its notice end date"));
        boolean open = appeals.list(scopes.enterprises(), Optional.empty()).stream().anyMatch(a -> a.creditCode().equals(code.value())
                && a.againstResult() && a.runId().equals(Optional.of(runId)) && a.status().open());
        if (open) {
            throw new UserFacingException("an appeal against your result in run #" + runId + " is still open");
        }
        var evidence = EvidenceFiles.check(files);
        long id = database.inTransaction(() -> {
            long filed = appeals.fileAgainstResult(code.value(), year, runId, why, actor, now(), evidence);
            notify(find(filed), "APPEAL_FILED", actor, EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT), Optional.empty());
            return filed;
        });
        audit.record(actor, "APPEAL_FILED", "appeal:" + id, code.value() + " " + year + " result of run #" + runId + ", " + evidence.size()
                + " evidence files");
        return id;
    }

    /** One appeal within the caller's scope; 404 otherwise. */
    public Appeal find(long id) {
        return appeals.find(id, scopes.enterprises()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no appeal " + id));
    }

    public List<Appeal> list() {
        return appeals.list(scopes.enterprises(), Optional.empty());
    }

    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    public void forward(String actor, long id, String note) {
        step(actor, find(id), AppealStatus.FILED, AppealStatus.FORWARDED, note, "APPEAL_FORWARDED", Optional.empty(),
                "APPEAL_FORWARDED", EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT, Audience.CITY_ADMIN));
    }

    /** The district rejects a filed appeal, or the city a forwarded one. */
    @PreAuthorize("hasAnyRole('DISTRICT_OFFICER', 'CITY_ADMIN')")
    public void reject(String actor, boolean city, long id, String note) {
        requireNote(note);
        step(actor, find(id), city ? AppealStatus.FORWARDED : AppealStatus.FILED, AppealStatus.REJECTED, note, "APPEAL_REJECTED", Optional.empty(),
                city ? "APPEAL_REJECTED" : "APPEAL_RETURNED",
                city ? EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT, Audience.CITY_ADMIN) : EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT));
    }

    /**
     * The city accepts a forwarded appeal. Against a fact: the claimed value becomes the fact through a new batch of
     * source "appeal", and the year is evaluated again. Against a result: the run appealed against is evaluated again
     * as a new run version over the data as it now is (the city corrects what was wrong, e.g. tags or events, before
     * accepting). Returns the correction batch, or 0 for a result appeal.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public long accept(String actor, long id, String note) {
        Appeal appeal = find(id);
        if (appeal.status() != AppealStatus.FORWARDED) {
            throw new UserFacingException("only a forwarded appeal can be accepted (this one is " + appeal.status() + ")");
        }
        if (appeal.againstResult()) {
            step(actor, appeal, AppealStatus.FORWARDED, AppealStatus.ACCEPTED, note, "APPEAL_ACCEPTED", Optional.empty(),
                    "APPEAL_ACCEPTED", EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT, Audience.CITY_ADMIN));
            long run = appeal.runId().orElseThrow();
            try {
                long child = results.reEvaluateRun(run);
                correctionRunCreated(actor, appeal, child);
            } catch (RuntimeException e) {
                audit.record(actor, "APPEAL_REEVALUATION_FAILED", "appeal:" + id, appeal.creditCode() + " run #" + run + ": " + e.getMessage());
            }
            return 0;
        }
        CreditCode code = CreditCode.parse(appeal.creditCode());
        YearlyFacts current = enterprises.yearlyFacts(code, scopes.enterprises()).stream().filter(y -> y.year() == appeal.year()).findFirst()
                .orElseThrow(() -> new UserFacingException("the enterprise has no facts for " + appeal.year() + " any more"));
        FactField field = FactField.ofColumn(appeal.field());
        WrittenBatch batch = writer.write(BatchDescription.of(SOURCE, actor).withYear(appeal.year())
                        .withFile("appeal #" + id, null).withoutScaleFlag(), List.of(),
                List.of(new YearlyFacts(code, appeal.year(), current.aboveScale(), Map.of(field, new FactValue(appeal.claimedValue(), 0)))));
        step(actor, appeal, AppealStatus.FORWARDED, AppealStatus.ACCEPTED, note, "APPEAL_ACCEPTED", Optional.of(batch.batchId()),
                "APPEAL_ACCEPTED", EnumSet.of(Audience.ENTERPRISE, Audience.DISTRICT, Audience.CITY_ADMIN));
        audit.record(actor, "IMPORT", "batch:" + batch.batchId(), "source=appeal appeal #" + id + " " + code.value() + " " + appeal.year() + " "
                + field.column() + " = " + appeal.claimedValue().toPlainString() + ", 1 fact");
        // The corrected fact counts at once: the year's newest run holding the enterprise gets a new version (a child run).
        try {
            results.reEvaluate(code.value(), appeal.year()).ifPresent(run -> correctionRunCreated(actor, appeal, run));
        } catch (RuntimeException e) {
            // the acceptance stands (the fact is corrected); the failed re-evaluation is on record and can be run by hand
            audit.record(actor, "APPEAL_REEVALUATION_FAILED", "appeal:" + id, code.value() + " " + appeal.year() + ": " + e.getMessage());
        }
        return batch.batchId();
    }

    /** The correction run exists: its notifications and audit entry (the run writer stores the run in its own transaction). */
    private void correctionRunCreated(String actor, Appeal appeal, long run) {
        database.inTransaction(() -> notifications.aboutEnterprise(appeal.creditCode(),
                EnumSet.of(Audience.CITY_ADMIN, Audience.CITY_ANALYST, Audience.DISTRICT), actor, "APPEAL_CORRECTION_RUN", "run:" + run,
                params(appeal, Long.toString(run))));
        audit.record(actor, "APPEAL_REEVALUATED", "appeal:" + appeal.id(), appeal.creditCode() + " " + appeal.year() + " re-evaluated as run #" + run);
    }

    private void step(String actor, Appeal appeal, AppealStatus from, AppealStatus to, String note, String action, Optional<Long> batch,
                      String kind, Set<Audience> audiences) {
        boolean moved = database.inTransaction(() -> {
            if (!appeals.advance(appeal.id(), from, to, actor, now(), note == null || note.isBlank() ? null : note.strip(), batch)) {
                return false;
            }
            notify(appeal, kind, actor, audiences, batch);
            return true;
        });
        if (!moved) {
            throw new UserFacingException("appeal #" + appeal.id() + " is " + appeal.status() + ", not " + from);
        }
        audit.record(actor, action, "appeal:" + appeal.id(), appeal.creditCode() + " " + appeal.year() + " " + appeal.field()
                + (note == null || note.isBlank() ? "" : ": " + note.strip()) + batch.map(b -> " batch " + b).orElse(""));
    }

    private void notify(Appeal appeal, String kind, String actor, Set<Audience> audiences, Optional<Long> batch) {
        notifications.aboutEnterprise(appeal.creditCode(), audiences, actor, kind, "appeal:" + appeal.id(),
                params(appeal, batch.map(String::valueOf).orElse("")));
    }

    /** Appeal id, enterprise name, credit code, year, the fact (rendered as its name) and one more (a batch or run id). */
    private static List<String> params(Appeal appeal, String extra) {
        return List.of(Long.toString(appeal.id()), appeal.enterpriseName(), appeal.creditCode(), Integer.toString(appeal.year()),
                "field:" + appeal.field(), extra);
    }

    private static void requireNote(String note) {
        if (note == null || note.strip().length() < 2) {
            throw new UserFacingException("give a reason for the rejection");
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
