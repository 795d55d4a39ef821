package io.muyield.app.identity;

import io.muyield.app.shared.DataScopes;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Data scopes from the signed-in user's role and scope code, as typed store conditions: city roles see every
 * enterprise; a district officer those whose district_code or zone_code is theirs; a park officer those whose
 * park_code is theirs; an enterprise user its own credit code; the auditor and anyone signed out see none.
 */
@Component
public class UserScopes implements DataScopes {

    @Override
    public Condition enterprises() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof SignedInUser user)) {
            return Condition.none();
        }
        return of(user.role(), user.scopeCode().orElse(null));
    }

    /** The scope of a role with its code (none when a scoped role lacks its code); also whose scope holds what, for notifications. */
    public static Condition of(Role role, String code) {
        if (role.scopeKind().needsCode() && (code == null || code.isBlank())) {
            return Condition.none();
        }
        return switch (role.scopeKind()) {
            case CITY -> Condition.all();
            case DISTRICT -> Condition.eq(Column.DISTRICT_CODE, code).or(Condition.eq(Column.ZONE_CODE, code));
            case PARK -> Condition.eq(Column.PARK_CODE, code);
            case ENTERPRISE -> Condition.eq(Column.CREDIT_CODE, code);
            case NONE -> Condition.none();
        };
    }
}
