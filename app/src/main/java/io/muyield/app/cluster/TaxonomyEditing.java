package io.muyield.app.cluster;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Optional;

/**
 * The cluster page's forms for changing a target, a core code or an enterprise override (city administrators only); the
 * API is in {@link ClusterApi}.
 */
@Controller
class TaxonomyEditing {

    private final TaxonomyChanges changes;

    TaxonomyEditing(TaxonomyChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/clusters/{code}/target")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String changeFromPage(@PathVariable String code, @RequestParam(required = false) BigDecimal targetYi, @RequestParam int targetYear,
                          @RequestParam String reason, Principal user, RedirectAttributes redirect) {
        Optional<BigDecimal> yuan = Optional.ofNullable(targetYi).map(yi -> yi.multiply(new BigDecimal("100000000")));
        try {
            changes.changeTarget(code, yuan, targetYear, user.getName(), reason);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("targetError", e.getMessage());
        }
        return "redirect:/clusters/" + code;
    }

    @PostMapping("/clusters/{code}/codes")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String codeFromPage(@PathVariable String code, @RequestParam String industryCode, @RequestParam String action, @RequestParam String reason,
                        Principal user, RedirectAttributes redirect) {
        try {
            if (ClusterApi.action(action, "ADD", "REMOVE").equals("ADD")) {
                changes.addCode(code, industryCode, user.getName(), reason);
            } else {
                changes.removeCode(code, industryCode, user.getName(), reason);
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("membershipError", e.getMessage());
        }
        return "redirect:/clusters/" + code;
    }

    @PostMapping("/clusters/{code}/overrides")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String overrideFromPage(@PathVariable String code, @RequestParam String creditCode, @RequestParam String action,
                            @RequestParam String reason, Principal user, RedirectAttributes redirect) {
        try {
            switch (ClusterApi.action(action, "INCLUDE", "EXCLUDE", "REMOVE")) {
                case "INCLUDE" -> changes.addOverride(code, creditCode, true, user.getName(), reason);
                case "EXCLUDE" -> changes.addOverride(code, creditCode, false, user.getName(), reason);
                default -> changes.removeOverride(code, creditCode, user.getName(), reason);
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("membershipError", e.getMessage());
        }
        return "redirect:/clusters/" + code;
    }
}
