package io.muyield.store.identity;

import java.time.LocalDateTime;
import java.util.Optional;

/** A personal API token as listed to its owner: never the token itself, only its name and dates. */
public record ApiToken(long id, String username, String name, LocalDateTime createdAt, Optional<LocalDateTime> revokedAt) {

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
