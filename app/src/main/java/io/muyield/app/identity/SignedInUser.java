package io.muyield.app.identity;

import io.muyield.store.identity.StoredUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;

/** The principal of a signed-in user: role, scope code and account state, as read from the database. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final Role role;
    private final String scopeCode;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    SignedInUser(String username, String passwordHash, Role role, String scopeCode, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.scopeCode = scopeCode;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    static SignedInUser of(StoredUser u, boolean locked, boolean enabled) {
        return new SignedInUser(u.username(), u.passwordHash(), Role.valueOf(u.role()), u.scopeCode().orElse(null), enabled, locked,
                u.mustChangePassword());
    }

    public Role role() {
        return role;
    }

    public Optional<String> scopeCode() {
        return Optional.ofNullable(scopeCode);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return role.authorities().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser u && u.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + (scopeCode == null ? "" : " " + scopeCode) + ")";
    }
}
