package io.muyield.store.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One notification of one user: what happened ({@code kind}, e.g. {@code APPEAL_FILED}), what about ({@code subject},
 * e.g. {@code appeal:12}), the message key and parameters to render it in the reader's language, who did it and when,
 * and when the recipient read it.
 */
public record Notification(long id, String recipient, String kind, String subject, String messageKey, List<String> params,
                           String actor, LocalDateTime createdAt, Optional<LocalDateTime> readAt) {

    public boolean unread() {
        return readAt.isEmpty();
    }
}
