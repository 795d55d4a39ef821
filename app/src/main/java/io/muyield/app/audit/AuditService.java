package io.muyield.app.audit;

import io.muyield.app.shared.AuditLog;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.audit.ChainCheck;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.List;

/** The audit trail of the application: one {@link AuditRepository} appends every entry, chained by hash. */
@Service
class AuditService implements AuditLog {

    static final int MAX_TEXT = 2000;

    private final AuditRepository repository;

    AuditService(AuditRepository repository) {
        this.repository = repository;
    }

    @Override
    public void record(String actor, String action, String target, String details) {
        repository.append(clip(actor == null || actor.isBlank() ? "anonymous" : actor), action, clip(target), clip(details));
    }

    @Override
    public void record(String action, String target, String details) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        record(auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName(), action, target, details);
    }

    List<AuditEntry> latest(int limit, String action) {
        return repository.latest(limit, action);
    }

    ChainCheck verify() {
        return repository.verify();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
    }
}
