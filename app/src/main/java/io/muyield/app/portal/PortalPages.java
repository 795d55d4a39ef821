package io.muyield.app.portal;

import io.muyield.app.evaluation.EnterpriseResults;
import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.appeal.SourcedFact;
import io.muyield.store.enterprise.EnterpriseQuery;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.query.Condition;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise portal, "my enterprise": the signed-in enterprise user's latest evaluation result in full (explanation,
 * health report, radar; shown with the evaluation feature's own fragments) and its results over the years, its own facts
 * by year, every stored value with its source batch, its appeals, and the form to file one. The enterprise is the one of the user's data scope, read
 * through the store with that scope like every other read.
 */
@Controller
@PreAuthorize("hasRole('ENTERPRISE')")
class PortalPages {

    private final EnterpriseRepository enterprises;
    private final AppealRepository appeals;
    private final AppealService service;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final EnterpriseResults results;

    private final io.muyield.app.imports.EnterpriseStandings standings;

    PortalPages(EnterpriseRepository enterprises, AppealRepository appeals, AppealService service, DataScopes scopes, AuditLog audit,
                EnterpriseResults results, io.muyield.app.imports.EnterpriseStandings standings) {
        this.results = results;
        this.standings = standings;
        this.enterprises = enterprises;
        this.appeals = appeals;
        this.service = service;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/portal")
    String portal(Model model) {
        Condition scope = scopes.enterprises();
        // The scope of an enterprise user names exactly one enterprise: the first (only) one the store returns.
        Enterprise enterprise = enterprises.page(EnterpriseQuery.all(), scope, 0, 1).items().stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise in your scope"));
        CreditCode code = enterprise.creditCode();
        List<YearlyFacts> years = enterprises.yearlyFacts(code, scope);
        List<SourcedFact> sourced = appeals.sourcedFacts(code.value(), scope);
        Map<Integer, Map<String, List<SourcedFact>>> byYear = new LinkedHashMap<>();
        for (SourcedFact f : sourced) {
            byYear.computeIfAbsent(f.year(), y -> new LinkedHashMap<>()).computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f);
        }
        Map<Integer, Map<String, Long>> inUse = new LinkedHashMap<>();
        for (YearlyFacts y : years) {
            Map<String, Long> batches = new LinkedHashMap<>();
            y.values().forEach((field, value) -> batches.put(field.column(), value.batchId()));
            inUse.put(y.year(), batches);
        }
        boolean evaluated = results.addTo(model, code.value());
        audit.record("ENTERPRISE_VIEW", code.value(), "portal: yearly facts of " + years.size() + " years"
                + (evaluated ? ", evaluation results" : ""));
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("years", years.stream().sorted((a, b) -> Integer.compare(b.year(), a.year())).toList());
        model.addAttribute("fields", FactField.values());
        model.addAttribute("sourced", byYear);
        model.addAttribute("inUse", inUse);
        model.addAttribute("appeals", service.list());
        model.addAttribute("standings", standings.of(code.value()));
        return "portal/index";
    }

    /** An appeal against the enterprise's evaluation result in one run (the latest, shown on the portal). */
    @PostMapping("/portal/appeals/result")
    String fileAgainstResult(Authentication auth, @RequestParam long run, @RequestParam String reason,
                             @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, RedirectAttributes flash) {
        Enterprise own = enterprises.page(EnterpriseQuery.all(), scopes.enterprises(), 0, 1).items().stream().findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise in your scope"));
        try {
            return "redirect:/appeals/" + service.fileAgainstResult(auth.getName(), own.creditCode().value(), run, reason, evidence);
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/portal";
        }
    }

    @PostMapping("/portal/appeals")
    String file(Authentication auth, @RequestParam String field, @RequestParam int year, @RequestParam String claimed,
                @RequestParam String reason, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
                RedirectAttributes flash) {
        Optional<Enterprise> own = enterprises.page(EnterpriseQuery.all(), scopes.enterprises(), 0, 1).items()
                .stream().findFirst();
        if (own.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise in your scope");
        }
        try {
            long id = service.file(auth.getName(), own.get().creditCode().value(), field, year, claimed, reason, evidence);
            return "redirect:/appeals/" + id;
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/portal";
        }
    }
}
