package io.muyield.app.evaluation;

import io.muyield.core.evaluation.scheme.Category;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.GroupFigureRepository;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

/** The run pages: the list (and, for city administrators, a new run), a run's results, an enterprise's explanation, league tables, comparison and what-if. */
@Controller
class RunPages {

    private final EvaluationService service;
    private final RunPublications publications;
    private final RunRepository runs;

    RunPages(EvaluationService service, RunPublications publications, RunRepository runs) {
        this.service = service;
        this.publications = publications;
        this.runs = runs;
    }

    /** The results filters as request parameters ({@code class} is a Java keyword, so the form field is {@code cls}). */
    record Filter(String district, String park, String industry, String cls, String q) {
        ResultFilter toFilter() {
            return new ResultFilter(district, park, industry, cls, q);
        }
    }

    @GetMapping("/runs")
    String list(Model model) {
        List<EvaluationJson.Run> list = service.runs();
        model.addAttribute("runs", list);
        model.addAttribute("publications", publications.publications(list.stream().map(EvaluationJson.Run::id).toList()));
        // which run superseded which: the visible runs that re-evaluate each run
        java.util.Map<Long, List<Long>> supersededBy = new java.util.HashMap<>();
        list.stream().filter(r -> r.parentRunId() != null).forEach(r -> supersededBy.computeIfAbsent(r.parentRunId(), k -> new ArrayList<>()).add(r.id()));
        model.addAttribute("supersededBy", supersededBy);
        model.addAttribute("presets", SchemePresets.ids());
        model.addAttribute("neverPublished", publications.neverPublished());
        return "evaluation/runs";
    }

    @PostMapping("/runs")
    String create(@RequestParam String preset, @RequestParam int year, RedirectAttributes redirect) {
        try {
            EvaluationJson.Created created = service.create(preset, null, year, null);
            return "redirect:/runs/" + created.run().id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs";
        }
    }

    /** Evaluates the run's data year again with the run's own scheme text (e.g. after corrected facts): a new run, this one its parent. */
    @PostMapping("/runs/{id}/rerun")
    String rerun(@PathVariable long id, RedirectAttributes redirect) {
        StoredRun run = service.stored(id);
        try {
            return "redirect:/runs/" + service.create(null, run.schemeText(), run.year(), run.id()).run().id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs";
        }
    }

    /** The page buttons of the run page: move the run forward through its publication states (city administrators). */
    @PostMapping("/runs/{id}/publication")
    String publish(@PathVariable long id, @RequestParam String state,
                   @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate noticeEnd,
                   RedirectAttributes redirect) {
        try {
            publications.publish(id, RunsApi.publicationState(state), noticeEnd);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    /** The one action for runs never published (e.g. every run of a database from before notice periods): record them as final. */
    @PostMapping("/runs/publication/final")
    String recordAsFinal(@RequestParam(name = "run", required = false) List<Long> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("error", "tick the runs to record as final");
        } else {
            publications.recordAsFinal(ids);
        }
        return "redirect:/runs";
    }

    @GetMapping("/runs/{id}")
    String results(@PathVariable long id, Filter filter, @RequestParam(defaultValue = "0") int page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ResultFilter f = filter.toFilter();
        model.addAttribute("filter", filter);
        EvaluationJson.RunDetail detail = service.detail(id, f);
        model.addAttribute("detail", detail);
        model.addAttribute("run", detail.run());
        model.addAttribute("publication", publications.publication(id));
        model.addAttribute("publicationHistory", publications.publicationHistory(id));
        model.addAttribute("noticeDefault", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(15));
        model.addAttribute("result", service.results(id, f, Math.max(page, 0), EvaluationService.DEFAULT_PAGE_SIZE));
        model.addAttribute("districts", service.districts());
        model.addAttribute("parks", service.parks());
        return htmx != null ? "evaluation/results :: results" : "evaluation/results";
    }

    @GetMapping("/runs/{id}/enterprises/{creditCode}")
    String unit(@PathVariable long id, @PathVariable String creditCode, Model model) {
        model.addAttribute("run", EvaluationJson.Run.of(service.stored(id)));
        model.addAttribute("unit", service.viewUnit(id, creditCode));
        return "evaluation/unit";
    }

    @GetMapping("/runs/{id}/league")
    String league(@PathVariable long id, @RequestParam(defaultValue = "district") String by,
                  @RequestParam(defaultValue = "tax_per_mu") String rank, Model model) {
        LeagueMeasure measure = LeagueMeasure.parse(rank);
        GroupFigureRepository.GroupBy groupBy = RunsApi.groupBy(by);
        StoredRun run = service.stored(id);
        model.addAttribute("run", EvaluationJson.Run.of(run));
        model.addAttribute("classes", service.classLabels(run));
        model.addAttribute("league", service.league(id, groupBy, measure));
        model.addAttribute("measures", java.util.Arrays.stream(LeagueMeasure.values()).map(LeagueMeasure::id).toList());
        model.addAttribute("by", groupBy.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("top", groupBy == GroupFigureRepository.GroupBy.DISTRICT ? 10 : 20);
        return "evaluation/league";
    }

    @GetMapping("/runs/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(name = "with", required = false) Long other, Model model) {
        StoredRun run = service.stored(id);
        model.addAttribute("run", EvaluationJson.Run.of(run));
        model.addAttribute("runs", service.runs().stream().filter(r -> r.id() != id).toList());
        Long against = other != null ? other : runs.previousYear(run).map(StoredRun::id).orElse(null);
        model.addAttribute("other", against);
        if (against != null) {
            model.addAttribute("comparison", service.compare(against, id, 20));
        }
        return "evaluation/compare";
    }

    /** One editable row of the what-if form: a category's indicator with its weight and, when fixed, its benchmark. */
    record RuleRow(String categoryId, String categoryName, String indicatorId, String indicatorName, double weight, Double benchmark) {
    }

    @GetMapping("/runs/{id}/what-if")
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('CITY_ADMIN', 'CITY_ANALYST')")
    String whatIf(@PathVariable long id, Model model) {
        StoredRun run = service.stored(id);
        var scheme = runs.scheme(run);
        List<RuleRow> rows = new ArrayList<>();
        for (Category c : scheme.categories()) {
            c.model().ifPresent(m -> m.dimensions().forEach(d -> d.rules().forEach(r -> rows.add(new RuleRow(c.id(), c.nameZh(),
                    r.indicatorId(), scheme.indicator(r.indicatorId()).map(i -> i.nameZh()).orElse(r.indicatorId()), r.weight(),
                    r.benchmark() instanceof io.muyield.core.evaluation.scheme.BenchmarkRule.Fixed fixed ? fixed.value() : null)))));
        }
        model.addAttribute("run", EvaluationJson.Run.of(run));
        model.addAttribute("rules", rows);
        model.addAttribute("classes", scheme.classification().bands());
        model.addAttribute("quota", scheme.classification().method() == io.muyield.core.evaluation.scheme.ClassMethod.QUOTA);
        return "evaluation/what-if";
    }
}
