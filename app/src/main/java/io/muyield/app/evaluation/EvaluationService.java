package io.muyield.app.evaluation;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.core.evaluation.analysis.ClassLift;
import io.muyield.core.evaluation.analysis.RunComparison;
import io.muyield.core.evaluation.analysis.TransitionMatrix;
import io.muyield.core.evaluation.analysis.WhatIf;
import io.muyield.core.evaluation.analysis.WhatIfResult;
import io.muyield.core.evaluation.explain.Explanation;
import io.muyield.core.evaluation.explain.ExplanationLine;
import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.EvaluationRun;
import io.muyield.core.evaluation.run.IndicatorResult;
import io.muyield.core.evaluation.run.UnitResult;
import io.muyield.core.evaluation.scheme.ClassBand;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.core.region.Park;
import io.muyield.core.region.Region;
import io.muyield.store.evaluation.GroupFigures;
import io.muyield.store.evaluation.Publication;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.ResultPage;
import io.muyield.store.evaluation.ResultRow;
import io.muyield.store.evaluation.GroupFigureRepository;
import io.muyield.store.evaluation.ResultLine;
import io.muyield.store.evaluation.ResultRepository;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import io.muyield.store.query.Condition;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs for the pages and the API alike: list, create (city administrators), results under the user's data scope,
 * one enterprise's explanation and health report, league tables, comparisons and what-ifs. Every read of results
 * passes {@link DataScopes#enterprises()} to the store; what needs the engine's full results works on the run
 * recomputed from its snapshot and keeps only the enterprises within the scope.
 */
@Service
public class EvaluationService {

    static final int DEFAULT_PAGE_SIZE = 50;

    private final RunRepository runs;
    private final ResultRepository results;
    private final GroupFigureRepository groups;
    private final RunCreation creation;
    private final RecomputedRuns recomputed;
    private final DataScopes scopes;
    private final RegionRepository regions;
    private final ParkRepository parks;
    private final io.muyield.store.industry.IndustryRepository industries;
    private final AuditLog audit;
    private final PublicationRepository publications;

    EvaluationService(RunRepository runs, ResultRepository results, GroupFigureRepository groups, RunCreation creation, RecomputedRuns recomputed, DataScopes scopes, RegionRepository regions,
                      ParkRepository parks, io.muyield.store.Database database, AuditLog audit, PublicationRepository publications) {
        this.audit = audit;
        this.publications = publications;
        this.industries = new io.muyield.store.industry.IndustryRepository(database);
        this.runs = runs;
        this.results = results;
        this.groups = groups;
        this.creation = creation;
        this.recomputed = recomputed;
        this.scopes = scopes;
        this.regions = regions;
        this.parks = parks;
    }

    /** The runs the user may see, newest first: every run, or for enterprise users only those past DRAFT (公示 and later). */
    List<EvaluationJson.Run> runs() {
        List<StoredRun> all = runs.runs();
        if (!enterpriseUser()) {
            return all.stream().map(EvaluationJson.Run::of).toList();
        }
        Map<Long, Publication> states = publications.of(all.stream().map(StoredRun::id).toList());
        return all.stream().filter(r -> states.get(r.id()).state().visibleToEnterprises()).map(EvaluationJson.Run::of).toList();
    }

    /** A run the user may see; 404 otherwise (an enterprise user does not see a DRAFT run). */
    StoredRun stored(long id) {
        StoredRun run = runs.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id));
        if (enterpriseUser() && !publications.of(id).state().visibleToEnterprises()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id);
        }
        return run;
    }

    static boolean enterpriseUser() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ENTERPRISE".equals(a.getAuthority()));
    }

    /** A run from a preset or a scheme text over a data year, stored; only city administrators. */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public EvaluationJson.Created create(String preset, String schemeText, int year, Long parentRunId) {
        SchemeText text;
        if (schemeText != null && !schemeText.isBlank()) {
            text = new SchemeText(schemeText, "scheme.yaml");
        } else if (preset != null && SchemePresets.ids().contains(preset)) {
            text = new SchemeText(SchemePresets.text(preset), preset + ".yaml");
        } else {
            throw new IllegalArgumentException("give a preset (" + String.join(", ", SchemePresets.ids()) + ") or a scheme text");
        }
        if (parentRunId != null) {
            stored(parentRunId);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        RunCreation.Created c = creation.create(text, year, auth == null ? "system" : auth.getName(), Optional.ofNullable(parentRunId));
        audit.record("RUN", "run:" + c.run().id(), c.auditDetails(schemeText != null && !schemeText.isBlank() ? "text" : "preset " + preset));
        return new EvaluationJson.Created(EvaluationJson.Run.of(c.run()), c.classCounts(), c.unclassified(), c.read().toMillis(),
                c.evaluate().toMillis(), c.store().toMillis());
    }

    EvaluationJson.RunDetail detail(long id, ResultFilter filter) {
        StoredRun run = stored(id);
        Map<String, Long> counts = results.classCounts(id, filter, scopes.enterprises());
        List<EvaluationJson.ClassCount> classes = new ArrayList<>();
        for (ClassBand band : runs.scheme(run).classification().bands()) {
            classes.add(new EvaluationJson.ClassCount(band.id(), band.nameZh(), counts.getOrDefault(band.id(), 0L)));
        }
        classes.add(new EvaluationJson.ClassCount("", runs.scheme(run).classification().unclassifiedLabel(), counts.getOrDefault("", 0L)));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<String> log = runs.log(id).entries().stream().map(e -> e.render()).toList();
        return new EvaluationJson.RunDetail(EvaluationJson.Run.of(run), classes, total, log);
    }

    EvaluationJson.Page results(long id, ResultFilter filter, int page, int size) {
        stored(id);
        ResultPage p = results.results(id, filter, scopes.enterprises(), page, size);
        Map<String, String> names = districtNames();
        return new EvaluationJson.Page(p.items().stream().map(r -> EvaluationJson.Row.of(r, names.getOrDefault(r.districtCode(), r.districtCode())))
                .toList(), p.total(), p.page(), p.size(), p.pages());
    }

    /** Streams every matching result in rank order (exports). */
    void forEachResult(long id, ResultFilter filter, Consumer<ResultRow> sink) {
        stored(id);
        results.forEachResult(id, filter, scopes.enterprises(), sink);
    }

    /**
     * One enterprise's result as its page and API show it: its indicator inputs (tax, land, energy …) are sensitive
     * fields, so the view is audited {@code ENTERPRISE_VIEW} (issue 6). The portal records its own view.
     */
    EvaluationJson.UnitDetail viewUnit(long id, String creditCode) {
        EvaluationJson.UnitDetail detail = unit(id, creditCode);
        audit.record("ENTERPRISE_VIEW", creditCode.strip().toUpperCase(java.util.Locale.ROOT), "run #" + id + ": result, explanation, indicator inputs");
        return detail;
    }

    EvaluationJson.UnitDetail unit(long id, String creditCode) {
        StoredRun run = stored(id);
        Condition scope = scopes.enterprises();
        String code = creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        UnitResult u = runs.unit(id, code, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise " + creditCode + " in run " + id));
        EvaluationResults results = recomputed.of(run).results();
        int row = results.input().indexOf(code);
        Explanation explanation = Explanation.of(results, row);
        EvaluationJson.Health health = EvaluationJson.Health.of(ClassLift.of(results, row));
        return EvaluationJson.UnitDetail.of(id, u, districtNames().getOrDefault(u.district(), u.district()),
                explanation.lines().stream().map(ExplanationLine::zh).toList(), explanation.lines().stream().map(ExplanationLine::en).toList(),
                health, radar(id, u, scope));
    }

    private EvaluationJson.Radar radar(long id, UnitResult u, Condition scope) {
        if (u.indicators().isEmpty()) {
            return new EvaluationJson.Radar("", 0, List.of());
        }
        String division = u.industry().length() >= 2 ? u.industry().substring(0, 2) : u.industry();
        Map<String, List<Double>> peers = results.peerNormalised(id, u.categoryId(), division, scope);
        List<EvaluationJson.RadarAxis> axes = new ArrayList<>();
        int count = 0;
        for (IndicatorResult i : u.indicators()) {
            List<Double> values = peers.getOrDefault(i.indicatorId(), List.of());
            count = Math.max(count, values.size());
            axes.add(new EvaluationJson.RadarAxis(i.indicatorId(), i.nameZh(), i.nameEn(), EvaluationJson.num(i.normalised()), median(values)));
        }
        return new EvaluationJson.Radar(u.categoryName() + " × " + division, count, axes);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Districts, parks or industries ranked by the measure (亩均税收 Σ tax ÷ Σ land by default), with the rank each had
     * by the same measure in the previous year's run. Names in Chinese and, where the catalogue has one, in English.
     */
    EvaluationJson.League league(long id, GroupFigureRepository.GroupBy by, LeagueMeasure measure) {
        StoredRun run = stored(id);
        Condition scope = scopes.enterprises();
        List<String> top = topClasses(run);
        List<GroupFigures> now = ranked(groups.groups(id, by, scope), measure, top);
        Optional<StoredRun> previous = runs.previousYear(run);
        Map<String, Integer> before = new HashMap<>();
        previous.ifPresent(p -> {
            List<GroupFigures> then = ranked(groups.groups(p.id(), by, scope), measure, topClasses(p));
            for (int i = 0; i < then.size(); i++) {
                before.put(then.get(i).code(), i + 1);
            }
        });
        Map<String, String[]> names = names(by);
        List<EvaluationJson.LeagueRow> rows = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            GroupFigures g = now.get(i);
            Integer prev = before.get(g.code());
            String[] name = names.getOrDefault(g.code(), new String[]{g.code(), null});
            rows.add(new EvaluationJson.LeagueRow(i + 1, g.code(), name[0], name[1], g.enterprises(), g.classified(), g.classCounts(),
                    EvaluationJson.num(g.taxPerMu()), EvaluationJson.num(g.valueAddedPerMu()), EvaluationJson.num(g.landMu()),
                    EvaluationJson.num(g.meanTotal()), EvaluationJson.num(LeagueMeasure.topShare(g, top)), prev,
                    prev == null ? null : prev - (i + 1)));
        }
        return new EvaluationJson.League(id, by.name().toLowerCase(java.util.Locale.ROOT), previous.map(StoredRun::id).orElse(null),
                previous.map(StoredRun::year).orElse(null), measure.id(), top, rows);
    }

    /** The scheme's two best classes (its bands are listed best first), e.g. A and B. */
    List<String> topClasses(StoredRun run) {
        List<String> labels = classLabels(run);
        return labels.subList(0, Math.min(2, labels.size()));
    }

    private static List<GroupFigures> ranked(List<GroupFigures> groups, LeagueMeasure measure, List<String> top) {
        List<GroupFigures> out = new ArrayList<>(groups);
        out.sort((a, b) -> {
            double x = measure.of(a, top);
            double y = measure.of(b, top);
            int c = Double.compare(Double.isNaN(y) ? Double.NEGATIVE_INFINITY : y, Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x);
            return c != 0 ? c : a.code().compareTo(b.code());
        });
        return out;
    }

    /** Class transitions and the biggest rank movers from one run to another, among the enterprises within the scope. */
    EvaluationJson.Comparison compare(long beforeId, long afterId, int movers) {
        StoredRun before = stored(beforeId);
        StoredRun after = stored(afterId);
        EvaluationResults a = recomputed.of(before).results();
        EvaluationResults b = recomputed.of(after).results();
        Set<String> visible = visible(before, after);
        RunComparison comparison = new RunComparison(a, b);
        List<EvaluationJson.Mover> top = comparison.biggestMovers(visible == null ? movers : Integer.MAX_VALUE).stream()
                .filter(m -> visible == null || visible.contains(m.unitId())).limit(movers).map(EvaluationJson.Mover::of).toList();
        return new EvaluationJson.Comparison(beforeId, afterId, EvaluationJson.Matrix.of(transitions(a, b, visible)), top);
    }

    /** A what-if on a run, not saved: the class transitions it would cause among the enterprises within the scope (city roles only). */
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST')")
    public EvaluationJson.WhatIfOutcome whatIf(long id, EvaluationJson.WhatIfRequest request) {
        StoredRun run = stored(id);
        EvaluationRun base = recomputed.of(run);
        long started = System.nanoTime();
        WhatIf w = WhatIf.on(base.results());
        if (request.weights() != null) {
            request.weights().forEach(c -> w.weight(c.category(), c.indicator(), c.value()));
        }
        if (request.benchmarks() != null) {
            request.benchmarks().forEach(c -> w.benchmark(c.category(), c.indicator(), c.value()));
        }
        if (request.shares() != null) {
            request.shares().forEach(w::share);
        }
        if (request.minScores() != null) {
            request.minScores().forEach(w::minScore);
        }
        WhatIfResult result = w.run();
        Set<String> visible = visible(run);
        TransitionMatrix matrix = visible == null ? result.transitions() : transitions(base.results(), result.results(), visible);
        return new EvaluationJson.WhatIfOutcome(id, result.recomputedFrom().name(), EvaluationJson.Matrix.of(matrix),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The credit codes the user may see in these runs, or null when the scope is the whole city. */
    private Set<String> visible(StoredRun... of) {
        Condition scope = scopes.enterprises();
        if (scope.equals(Condition.all())) {
            return null;
        }
        Set<String> out = new java.util.HashSet<>();
        for (StoredRun r : of) {
            out.addAll(results.creditCodes(r.id(), scope));
        }
        return out;
    }

    /** Units by class before (rows) and after (columns), like {@link RunComparison#transitions()}, for the visible units. */
    static TransitionMatrix transitions(EvaluationResults before, EvaluationResults after, Set<String> visible) {
        List<String> labels = new ArrayList<>();
        before.classes().forEach(b -> labels.add(b.id()));
        after.classes().forEach(b -> {
            if (!labels.contains(b.id())) {
                labels.add(b.id());
            }
        });
        labels.add(TransitionMatrix.NONE);
        long[][] counts = new long[labels.size()][labels.size()];
        for (int u = 0; u < before.size(); u++) {
            String id = before.input().id(u);
            if (visible != null && !visible.contains(id)) {
                continue;
            }
            int row = after.input().indexOf(id);
            counts[index(labels, before.classOf(u))][index(labels, row < 0 ? "" : after.classOf(row))]++;
        }
        for (int u = 0; u < after.size(); u++) {
            String id = after.input().id(u);
            if ((visible == null || visible.contains(id)) && before.input().indexOf(id) < 0) {
                counts[labels.size() - 1][index(labels, after.classOf(u))]++;
            }
        }
        return new TransitionMatrix(labels, counts);
    }

    private static int index(List<String> labels, String label) {
        int i = label.isEmpty() ? -1 : labels.indexOf(label);
        return i < 0 ? labels.size() - 1 : i;
    }

    Map<String, String> districtNames() {
        Map<String, String> out = new HashMap<>();
        for (Region r : regions.all()) {
            out.put(r.code(), r.nameZh());
        }
        return out;
    }

    /** Code → {Chinese name, English name or null when the reference data has none (parks; most industry 大类)}. */
    private Map<String, String[]> names(GroupFigureRepository.GroupBy by) {
        Map<String, String[]> out = new HashMap<>();
        switch (by) {
            case DISTRICT -> regions.all().forEach(r -> out.put(r.code(), new String[]{r.nameZh(), r.nameEn()}));
            case PARK -> parks.all().forEach(p -> out.put(p.code(), new String[]{p.nameZh(), null}));
            case INDUSTRY -> industries.catalog().all().forEach(c -> out.put(c.code().value(), new String[]{
                    c.code().value() + " " + c.nameZh(), c.nameEn().map(en -> c.code().value() + " " + en).orElse(null)}));
        }
        return out;
    }

    List<Park> parks() {
        return parks.all();
    }

    /** Streams every matching result with the value and weighted part of the given indicators (the full export). */
    void forEachResultLine(long id, ResultFilter filter, List<String> indicatorIds, Consumer<ResultLine> sink) {
        stored(id);
        results.forEachResultLine(id, filter, scopes.enterprises(), indicatorIds, sink);
    }

    /** The indicators of the run's scheme, in scheme order. */
    List<io.muyield.core.evaluation.scheme.IndicatorDefinition> indicators(StoredRun run) {
        return runs.scheme(run).indicators();
    }

    /** The class labels of the run's scheme, best first. */
    List<String> classLabels(StoredRun run) {
        return runs.scheme(run).classification().bands().stream().map(ClassBand::id).toList();
    }

    List<Region> districts() {
        return regions.countyLevel();
    }
}
