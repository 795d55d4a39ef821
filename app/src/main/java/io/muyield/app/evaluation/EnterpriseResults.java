package io.muyield.app.evaluation;

import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.StoredRun;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One enterprise's evaluation results for another feature's page (the enterprise portal): its result in every stored run
 * that holds it within the user's data scope, and the full detail (explanation, health report, radar) of the latest,
 * through {@link EvaluationService} like the run pages. The page includes {@code evaluation/unit} fragments to show it.
 */
@Component
public class EnterpriseResults {

    private final EvaluationService service;
    private final RunPublications publications;

    EnterpriseResults(EvaluationService service, RunPublications publications) {
        this.service = service;
        this.publications = publications;
    }

    /**
     * Adds {@code resultHistory} (one row per run holding the enterprise: run and result, latest data year first, then the
     * newest run), {@code publications} (run id → its publication state, 公示), and, when there is one, {@code run} and
     * {@code unit}: the latest result in full. Adds nothing else. An enterprise user sees no DRAFT run.
     *
     * @return whether the enterprise has any result within the scope
     */
    public boolean addTo(Model model, String creditCode) {
        List<HistoryRow> history = new ArrayList<>();
        for (EvaluationJson.Run run : service.runs()) {
            // The credit code is a unique prefix of itself: the scoped results list of the run, narrowed to this enterprise.
            for (EvaluationJson.Row row : service.results(run.id(), new ResultFilter(null, null, null, null, creditCode), 0, 2).items()) {
                if (row.creditCode().equals(creditCode)) {
                    history.add(new HistoryRow(run, row));
                }
            }
        }
        history.sort(Comparator.comparingInt((HistoryRow h) -> h.run().year()).reversed()
                .thenComparing(Comparator.comparingLong((HistoryRow h) -> h.run().id()).reversed()));
        model.addAttribute("resultHistory", history);
        model.addAttribute("publications", publications.publications(history.stream().map(h -> h.run().id()).distinct().toList()));
        if (history.isEmpty()) {
            return false;
        }
        EvaluationJson.Run latest = history.get(0).run();
        model.addAttribute("run", latest);
        model.addAttribute("unit", service.unit(latest.id(), creditCode));
        return true;
    }

    /**
     * After a corrected fact (an accepted appeal): the newest run of that data year holding the enterprise is evaluated
     * again with the same scheme text over the data as it now is, stored as a new run version whose parent is that run
     * (the store's parent-run notion; the new run is audited as {@code RUN} by {@link EvaluationService#create}). The
     * whole year is evaluated, not the one enterprise: benchmarks, ranks and quota classes depend on every enterprise.
     *
     * @return the new run's id, or empty when no run of that year holds the enterprise
     */
    public Optional<Long> reEvaluate(String creditCode, int year) {
        for (EvaluationJson.Run run : service.runs()) { // newest first
            if (run.year() == year && !service.results(run.id(), new ResultFilter(null, null, null, null, creditCode), 0, 1).items().isEmpty()) {
                StoredRun stored = service.stored(run.id());
                return Optional.of(service.create(null, stored.schemeText(), year, stored.id()).run().id());
            }
        }
        return Optional.empty();
    }

    /**
     * After an accepted appeal against a result: the run appealed against is evaluated again with its own scheme text
     * over the data as it now is (corrected by the city meanwhile, e.g. its tags or events), stored as a new run version
     * whose parent is that run.
     *
     * @return the new run's id
     */
    public long reEvaluateRun(long runId) {
        StoredRun stored = service.stored(runId);
        return service.create(null, stored.schemeText(), stored.year(), stored.id()).run().id();
    }

    /** The run's year when the enterprise may appeal its result in that run now (published, before its notice end). */
    public Optional<Integer> resultAppealsOpen(long runId, String creditCode) {
        return publications.resultAppealsOpen(runId, creditCode);
    }

    /** Whether the enterprise may appeal a fact of the year now: a run of that year holding it is PUBLISHED, before its notice end. */
    public boolean appealsOpen(String creditCode, int year) {
        return publications.appealsOpen(creditCode, year);
    }

    /** A run and the enterprise's row in it. */
    public record HistoryRow(EvaluationJson.Run run, EvaluationJson.Row result) {
    }
}
