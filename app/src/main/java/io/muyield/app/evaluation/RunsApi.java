package io.muyield.app.evaluation;

import io.muyield.store.evaluation.ResultFilter;
import io.muyield.store.evaluation.GroupFigureRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** {@code /api/v1/runs}: evaluation runs, their results, explanations, league tables, comparisons and what-ifs. */
@RestController
@RequestMapping("/api/v1/runs")
@Tag(name = "runs")
class RunsApi {

    private final EvaluationService service;
    private final RunPublications publications;

    RunsApi(EvaluationService service, RunPublications publications) {
        this.service = service;
        this.publications = publications;
    }

    /** The body of POST /api/v1/runs: a preset id or a scheme's YAML text, the data year, and the run it re-evaluates. */
    record CreateRequest(String scheme, String schemeText, Integer year, Long parentRunId) {
    }

    @GetMapping
    @Operation(summary = "Every stored run, newest first")
    List<EvaluationJson.Run> list() {
        return service.runs();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Evaluate the enterprises of a data year with a preset or a scheme text and store the run (city administrators)")
    EvaluationJson.Created create(@RequestBody CreateRequest request) {
        if (request == null || request.year() == null) {
            throw new IllegalArgumentException("give the data year, e.g. {\"scheme\": \"chongqing-2023\", \"year\": 2023}");
        }
        return service.create(request.scheme(), request.schemeText(), request.year(), request.parentRunId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A run: its header, class counts within your scope, and its methodology log")
    EvaluationJson.RunDetail one(@PathVariable long id) {
        return service.detail(id, ResultFilter.ALL);
    }

    /** The body of POST /api/v1/runs/{id}/publication: the target state and, to publish, the last day of the notice period. */
    record PublicationRequest(String state, java.time.LocalDate noticeEnd) {
    }

    /** A run's publication state (公示) and every move of it. */
    record PublicationJson(long runId, String state, java.time.LocalDate noticeEnd, boolean appealsOpen, List<StepJson> history) {
    }

    record StepJson(int position, String from, String to, java.time.LocalDate noticeEnd, String actor, java.time.LocalDateTime at) {
    }

    PublicationJson publicationJson(io.muyield.store.evaluation.Publication p) {
        return new PublicationJson(p.runId(), p.state().name(), p.noticeEnd().orElse(null),
                p.appealsOpen(java.time.LocalDate.now(java.time.ZoneOffset.UTC)),
                publications.publicationHistory(p.runId()).stream().map(s -> new StepJson(s.position(), s.from().name(), s.to().name(),
                        s.noticeEnd().orElse(null), s.actor(), s.at())).toList());
    }

    @GetMapping("/{id}/publication")
    @Operation(summary = "A run's publication state (DRAFT, PUBLISHED = 公示中 with its notice end date, CLOSED, FINAL) and its history")
    PublicationJson publication(@PathVariable long id) {
        return publicationJson(publications.publication(id));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Move a run forward to PUBLISHED (give noticeEnd, yyyy-MM-dd), CLOSED or FINAL (city administrators; audited RUN_PUBLICATION)")
    PublicationJson publish(@PathVariable long id, @RequestBody PublicationRequest request) {
        if (request == null || request.state() == null) {
            throw new IllegalArgumentException("give the target state, e.g. {\"state\": \"PUBLISHED\", \"noticeEnd\": \"2026-12-31\"}");
        }
        return publicationJson(publications.publish(id, publicationState(request.state()), request.noticeEnd()));
    }

    static io.muyield.store.evaluation.PublicationState publicationState(String state) {
        try {
            return io.muyield.store.evaluation.PublicationState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be PUBLISHED, CLOSED or FINAL, not '" + state + "'");
        }
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "A run's results within your scope, filtered and paged (page from 0), in rank order")
    EvaluationJson.Page results(@PathVariable long id,
                                @Parameter(description = "district or functional-zone code, e.g. 500112") @RequestParam(required = false) String district,
                                @Parameter(description = "park code") @RequestParam(required = false) String park,
                                @Parameter(description = "GB/T 4754 code prefix, e.g. 36 or 3612") @RequestParam(required = false) String industry,
                                @Parameter(name = "class", description = "class label, e.g. A") @RequestParam(name = "class", required = false) String classLabel,
                                @Parameter(description = "part of the name or the start of the credit code") @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return service.results(id, new ResultFilter(district, park, industry, classLabel, q), page, size);
    }

    @GetMapping("/{id}/results/{creditCode}")
    @Operation(summary = "One enterprise's result with the explanation (zh, en), its health report and its radar against its peers")
    EvaluationJson.UnitDetail unit(@PathVariable long id, @PathVariable String creditCode) {
        return service.viewUnit(id, creditCode);
    }

    @GetMapping("/{id}/league")
    @Operation(summary = "Districts, parks or industries (大类) ranked by 亩均税收 (Σ tax ÷ Σ land; default), 亩均增加值, mean total "
            + "score or the share of classed enterprises in the scheme's two best classes, with year-on-year rank movement")
    EvaluationJson.League league(@PathVariable long id,
                                 @Parameter(description = "district, park or industry") @RequestParam(defaultValue = "district") String by,
                                 @Parameter(description = "tax_per_mu, va_per_mu, mean_total or top_share")
                                 @RequestParam(defaultValue = "tax_per_mu") String rank) {
        return service.league(id, groupBy(by), LeagueMeasure.parse(rank));
    }

    @GetMapping("/{id}/compare/{otherId}")
    @Operation(summary = "Class transition matrix and biggest rank movers from run {id} to run {otherId}")
    EvaluationJson.Comparison compare(@PathVariable long id, @PathVariable long otherId, @RequestParam(defaultValue = "20") int movers) {
        return service.compare(id, otherId, Math.max(1, Math.min(movers, 200)));
    }

    @PostMapping("/{id}/what-if")
    @Operation(summary = "Change weights, benchmarks or class cut-offs and get the transition matrix against the run (nothing is saved)")
    EvaluationJson.WhatIfOutcome whatIf(@PathVariable long id, @RequestBody EvaluationJson.WhatIfRequest request) {
        return service.whatIf(id, request);
    }

    static GroupFigureRepository.GroupBy groupBy(String by) {
        try {
            return GroupFigureRepository.GroupBy.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("by must be district, park or industry, not '" + by + "'");
        }
    }
}
