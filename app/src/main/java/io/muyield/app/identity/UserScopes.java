package io.muyield.app.identity;

import io.muyield.app.shared.DataScopes;
import io.muyield.store.query.Condition;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Data scopes from the signed-in user's roles. City-wide roles see every enterprise; anyone else sees none. */
@Component
class UserScopes implements DataScopes {

    private static final Set<String> CITY_WIDE = Arrays.stream(Role.values())
            .map(role -> "ROLE_" + role.name()).collect(Collectors.toUnmodifiableSet());

    @Override
    public Condition enterprises() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Condition.none();
        }
        boolean cityWide = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(CITY_WIDE::contains);
        return cityWide ? Condition.all() : Condition.none();
    }
}
