package io.muyield.app.notification;

import io.muyield.core.fact.FactField;
import io.muyield.store.notification.Notification;
import io.muyield.store.notification.NotificationRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user's own notifications, rendered in the request's language. Every method reads or marks the
 * caller's notifications only: someone else's is "not found" (404), never read or marked. Also the nav badge
 * ({@code ${@inbox.unread()}} in fragments/layout.html).
 */
@Component("inbox")
public class Inbox {

    static final int LIMIT = 200;

    private final NotificationRepository notifications;
    private final MessageSource messages;
    private final Clock clock;

    Inbox(NotificationRepository notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** One notification as shown: the rendered message and the link to its subject. */
    public record Item(long id, String kind, String subject, String link, String message, String messageKey, List<String> params,
                       String actor, LocalDateTime createdAt, LocalDateTime readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    /** The number of unread notifications of the signed-in user (0 when nobody is signed in). */
    public long unread() {
        String user = user();
        return user == null ? 0 : notifications.unread(user);
    }

    List<Item> items(boolean unreadOnly) {
        String user = user();
        if (user == null) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        return notifications.of(user, unreadOnly, LIMIT).stream().map(n -> item(n, locale)).toList();
    }

    /** Marks one of the caller's notifications read; 404 when the caller has none with this id. */
    void markRead(long id) {
        String user = user();
        if (user == null || !notifications.markRead(id, user, now())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no notification " + id);
        }
    }

    int markAllRead() {
        String user = user();
        return user == null ? 0 : notifications.markAllRead(user, now());
    }

    private Item item(Notification n, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        Object[] args = n.params().stream().map(p -> render(p, en, locale)).toArray();
        String message = messages.getMessage(n.messageKey(), args, n.messageKey() + " " + String.join(", ", n.params()), locale);
        return new Item(n.id(), n.kind(), n.subject(), link(n.subject()), message, n.messageKey(), n.params(), n.actor(), n.createdAt(),
                n.readAt().orElse(null));
    }

    /**
     * A parameter {@code field:<column>} is the fact's name in the reader's language ({@code field:result}: "the
     * evaluation result"); others are shown as they are.
     */
    private String render(String param, boolean en, Locale locale) {
        if (param.equals("field:result")) {
            return messages.getMessage("identity.appeal.result", null, "result", locale);
        }
        if (param.startsWith("field:")) {
            try {
                FactField f = FactField.ofColumn(param.substring("field:".length()));
                return en ? f.nameEn() : f.nameZh();
            } catch (IllegalArgumentException e) {
                return param.substring("field:".length());
            }
        }
        return param;
    }

    /** The page of the subject: {@code appeal:<id>} → /appeals/<id>, {@code run:<id>} → /runs/<id>. */
    static String link(String subject) {
        int colon = subject.indexOf(':');
        if (colon < 0 || !subject.substring(colon + 1).matches("\\d+")) {
            return null;
        }
        return switch (subject.substring(0, colon)) {
            case "appeal" -> "/appeals/" + subject.substring(colon + 1);
            case "run" -> "/runs/" + subject.substring(colon + 1);
            default -> null;
        };
    }

    private static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }
}
