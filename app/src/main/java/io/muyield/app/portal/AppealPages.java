package io.muyield.app.portal;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.fact.FactField;
import io.muyield.store.appeal.Appeal;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.appeal.AppealStatus;
import io.muyield.store.appeal.Evidence;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Appeals for everyone who holds enterprise data: the list and one appeal with its history and evidence (both within
 * the data scope; an appeal outside it is a 404), and the review steps for the district officer and the city.
 */
@Controller
class AppealPages {

    private final AppealService service;
    private final AppealRepository appeals;
    private final AuditLog audit;

    AppealPages(AppealService service, AppealRepository appeals, AuditLog audit) {
        this.service = service;
        this.appeals = appeals;
        this.audit = audit;
    }

    /** All appeals of the scope, and above them those waiting for this user: filed ones for the district, forwarded ones for the city. */
    @GetMapping("/appeals")
    String list(Authentication auth, Model model) {
        List<Appeal> all = service.list();
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        AppealStatus waiting = roles.contains("ROLE_DISTRICT_OFFICER") ? AppealStatus.FILED
                : roles.contains("ROLE_CITY_ADMIN") ? AppealStatus.FORWARDED : null;
        model.addAttribute("appeals", all);
        model.addAttribute("awaiting", waiting == null ? List.of() : all.stream().filter(a -> a.status() == waiting).toList());
        return "portal/appeals";
    }

    @GetMapping("/appeals/{id}")
    String one(@PathVariable long id, Model model) {
        Appeal appeal = service.find(id);
        model.addAttribute("appeal", appeal);
        model.addAttribute("field", appeal.againstResult() ? null : FactField.ofColumn(appeal.field()));
        model.addAttribute("steps", appeals.steps(id));
        model.addAttribute("evidence", appeals.evidence(id));
        return "portal/appeal";
    }

    @GetMapping("/appeals/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId) {
        service.find(id);
        Evidence meta = appeals.evidence(id).stream().filter(e -> e.id() == evidenceId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evidence " + evidenceId));
        byte[] content = appeals.evidenceContent(id, evidenceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no evidence"));
        audit.record("EVIDENCE_VIEW", "appeal:" + id, meta.fileName() + " (" + meta.mediaType() + ", " + meta.sizeBytes() + " B)");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(meta.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @PostMapping("/appeals/{id}/forward")
    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    String forward(Authentication auth, @PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(id, flash, () -> service.forward(auth.getName(), id, note));
    }

    @PostMapping("/appeals/{id}/reject")
    @PreAuthorize("hasAnyRole('DISTRICT_OFFICER', 'CITY_ADMIN')")
    String reject(Authentication auth, @PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        boolean city = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CITY_ADMIN"));
        return act(id, flash, () -> service.reject(auth.getName(), city, id, note));
    }

    @PostMapping("/appeals/{id}/accept")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String accept(Authentication auth, @PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(id, flash, () -> service.accept(auth.getName(), id, note));
    }

    private static String act(long id, RedirectAttributes flash, Runnable step) {
        try {
            step.run();
        } catch (UserFacingException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/appeals/" + id;
    }
}
