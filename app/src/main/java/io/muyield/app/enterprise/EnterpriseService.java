package io.muyield.app.enterprise;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.DataScopes;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.enterprise.EnterprisePage;
import io.muyield.store.enterprise.EnterpriseRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Reads enterprises for the page and the API alike, so both show the same rows for the same filters. */
@Service
class EnterpriseService {

    static final int DEFAULT_PAGE_SIZE = 50;

    private final EnterpriseRepository enterprises;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final io.muyield.app.imports.EnterpriseStandings standings;

    EnterpriseService(EnterpriseRepository enterprises, DataScopes scopes, AuditLog audit,
                      io.muyield.app.imports.EnterpriseStandings standings) {
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.standings = standings;
    }

    EnterpriseJson.Page page(EnterpriseFilter filter, int page, int size) {
        EnterprisePage result = enterprises.page(filter.toQuery(), scopes.enterprises(), page, size);
        return new EnterpriseJson.Page(result.items().stream().map(EnterpriseJson.Summary::of).toList(),
                result.total(), result.page(), result.size(), result.pages());
    }

    /**
     * One enterprise with its facts and its tags and events of ACTIVE lists (within the same data scope, as the page's
     * 资质与事件 panel); 404 for a malformed or unknown code alike.
     */
    EnterpriseJson.Detail detail(String creditCode) {
        if (CreditCode.problemWith(creditCode.strip().toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise " + creditCode);
        }
        CreditCode code = CreditCode.parse(creditCode);
        var scope = scopes.enterprises();
        EnterpriseJson.Detail detail = enterprises.find(code, scope)
                .map(e -> new EnterpriseJson.Detail(EnterpriseJson.Summary.of(e),
                        enterprises.yearlyFacts(code, scope).stream().map(EnterpriseJson.Year::of).toList(),
                        standings.of(code.value()).stream().map(EnterpriseJson.Standing::of).toList()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no enterprise " + creditCode));
        // The yearly facts (tax, revenue, energy …) are the sensitive fields: every view of them is in the audit trail.
        audit.record("ENTERPRISE_VIEW", code.value(), "yearly facts of " + detail.years().size() + " years");
        return detail;
    }
}
