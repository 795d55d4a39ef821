package io.muyield.app.audit;

import io.muyield.store.audit.ChainCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for the auditor and the city administrator: the latest entries, and a button that verifies the chain. */
@Controller
@PreAuthorize("hasAuthority('AUDIT')")
class AuditPages {

    static final int PAGE = 200;

    private final AuditService audit;

    AuditPages(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("entries", audit.latest(PAGE, action));
        model.addAttribute("action", action);
        return "audit/list";
    }

    @PostMapping("/audit/verify")
    String verify(@RequestParam(required = false) String action, Model model) {
        ChainCheck check = audit.verify();
        audit.record("AUDIT_VERIFY", "audit", check.describe());
        model.addAttribute("check", check);
        return list(action, model);
    }
}
