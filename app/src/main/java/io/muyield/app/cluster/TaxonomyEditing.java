package io.muyield.app.cluster;

import io.muyield.store.cluster.TaxonomyVersions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.Optional;

/** The cluster page's form for changing a target (city administrators only); the API is in {@link ClusterApi}. */
@Controller
class TaxonomyEditing {

    private final TaxonomyVersions versions;

    TaxonomyEditing(TaxonomyVersions versions) {
        this.versions = versions;
    }

    @PostMapping("/clusters/{code}/target")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    String changeFromPage(@PathVariable String code, @RequestParam(required = false) BigDecimal targetYi, @RequestParam int targetYear,
                          @RequestParam String reason, Principal user, RedirectAttributes redirect) {
        Optional<BigDecimal> yuan = Optional.ofNullable(targetYi).map(yi -> yi.multiply(new BigDecimal("100000000")));
        try {
            versions.changeTarget(code, yuan, targetYear, user.getName(), reason);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("targetError", e.getMessage());
        }
        return "redirect:/clusters/" + code;
    }
}
