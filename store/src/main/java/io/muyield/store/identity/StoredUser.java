package io.muyield.store.identity;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code app_user}: a user, the hash of their password, their role and data scope (a district, park or
 * credit code, or none), and the state the sign-in needs (disabled, must change the password, failures, locked until).
 */
public record StoredUser(String username, String passwordHash, String role, Optional<String> scopeCode, boolean enabled,
                         boolean mustChangePassword, int failedLogins, Optional<LocalDateTime> lockedUntil,
                         LocalDateTime createdAt, String createdBy) {

    public StoredUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "password hash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scopeCode, "scope code");
        Objects.requireNonNull(lockedUntil, "locked until");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(createdBy, "created by");
    }

    /** Locked at the given time (the lock lasts until {@link #lockedUntil()}). */
    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
