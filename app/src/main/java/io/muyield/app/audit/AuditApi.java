package io.muyield.app.audit;

import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.ChainCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/audit}: the trail and its verification for scripts (auditor, city administrator). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit")
@PreAuthorize("hasAuthority('AUDIT')")
class AuditApi {

    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    record Verification(boolean ok, long entries, Long firstBrokenEntry, String message) {
    }

    @GetMapping("/entries")
    @Operation(summary = "The latest audit entries, newest first (at most 1000), optionally of one action")
    List<AuditEntry> entries(@RequestParam(required = false) String action, @RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.max(1, Math.min(limit, 1000)), action);
    }

    @GetMapping("/verify")
    @Operation(summary = "Walks the hash chain; names the first entry that was changed, removed or inserted")
    Verification verify() {
        ChainCheck check = audit.verify();
        audit.record("AUDIT_VERIFY", "audit", check.describe());
        return new Verification(check.ok(), check.entries(), check.firstBrokenSeq().orElse(null), check.describe());
    }
}
