package io.muyield.app.notification;

import io.muyield.app.identity.Role;
import io.muyield.app.identity.UserScopes;
import io.muyield.app.shared.Notifications;
import io.muyield.store.identity.StoredUser;
import io.muyield.store.identity.UserRepository;
import io.muyield.store.notification.NotificationRepository;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes notifications to the users a step concerns. Whose data scope holds the subject is decided by the same typed
 * store condition as every read ({@link UserScopes#of}), evaluated by the store once per distinct (role, scope code):
 * a user is told only about what it may see. Disabled users and the auditor are never told; nor is the actor.
 */
@Service
class NotificationService implements Notifications {

    private final NotificationRepository notifications;
    private final UserRepository users;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, UserRepository users, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int aboutEnterprise(String creditCode, Set<Audience> audiences, String actor, String kind, String subject, List<String> params) {
        // an enterprise user's scope is its credit code: only those of this enterprise need the store's check
        List<String> to = recipients(audiences, actor, u -> u.role() != Role.ENTERPRISE || creditCode.equals(u.code()),
                u -> notifications.holds(creditCode, UserScopes.of(u.role(), u.code())));
        return notifications.add(to, kind, subject, key(kind), params, actor, now());
    }

    @Override
    public int aboutRun(long runId, String actor, String kind, List<String> params) {
        Set<String> enterprises = notifications.runEnterprises(runId);
        if (enterprises.isEmpty()) {
            return 0;
        }
        List<String> to = recipients(EnumSet.allOf(Audience.class), actor, u -> u.role() != Role.ENTERPRISE || enterprises.contains(u.code()),
                u -> u.role() == Role.ENTERPRISE || notifications.runHolds(runId, UserScopes.of(u.role(), u.code())));
        return notifications.add(to, kind, "run:" + runId, key(kind), params, actor, now());
    }

    static String key(String kind) {
        return "identity.notification." + kind;
    }

    /** A user as a possible recipient. */
    private record Candidate(String username, Role role, String code) {
    }

    /**
     * The enabled users of the audiences, except the actor, that pass the cheap pre-filter and then the scope check
     * (asked once per distinct role and scope code).
     */
    private List<String> recipients(Set<Audience> audiences, String actor, Predicate<Candidate> prefilter, Predicate<Candidate> inScope) {
        Map<String, Boolean> checked = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (StoredUser u : users.all()) {
            if (!u.enabled() || u.username().equals(actor)) {
                continue;
            }
            Role role;
            try {
                role = Role.valueOf(u.role());
            } catch (IllegalArgumentException e) {
                continue;
            }
            Audience audience = audienceOf(role);
            if (audience == null || !audiences.contains(audience)) {
                continue;
            }
            Candidate c = new Candidate(u.username(), role, u.scopeCode().orElse(null));
            if (prefilter.test(c) && checked.computeIfAbsent(role + " " + c.code(), k -> inScope.test(c))) {
                out.add(c.username());
            }
        }
        return out;
    }

    private static Audience audienceOf(Role role) {
        return switch (role) {
            case CITY_ADMIN -> Audience.CITY_ADMIN;
            case CITY_ANALYST -> Audience.CITY_ANALYST;
            case DISTRICT_OFFICER -> Audience.DISTRICT;
            case PARK_OFFICER -> Audience.PARK;
            case ENTERPRISE -> Audience.ENTERPRISE;
            case AUDITOR -> null;
        };
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }
}
