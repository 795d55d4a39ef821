package io.muyield.app.shared;

import java.util.List;
import java.util.Set;

/**
 * Notifications (通知) to the users a step concerns: each appeal step and each move of a run's notice period writes one
 * notification per recipient, rendered later in the reader's language from the message key
 * {@code identity.notification.<kind>} and the parameters (a parameter {@code field:<column>} renders as the fact's
 * name). Call it inside the step's transaction ({@code Database.inTransaction}), so the step and its notifications
 * commit or fail together. The actor never notifies itself.
 */
public interface Notifications {

    /** Who, among the users whose data scope holds the subject, is told. */
    enum Audience {
        /** The enterprise's own users. */
        ENTERPRISE,
        /** District (functional-zone) officers whose district or zone holds the enterprise. */
        DISTRICT,
        /** Park officers whose park holds the enterprise. */
        PARK,
        CITY_ADMIN,
        CITY_ANALYST
    }

    /**
     * Notifies the users of the audiences whose data scope holds the enterprise, except the actor.
     *
     * @param subject what the notification links to: {@code appeal:<id>} or {@code run:<id>}
     * @return how many users were notified
     */
    int aboutEnterprise(String creditCode, Set<Audience> audiences, String actor, String kind, String subject, List<String> params);

    /**
     * Notifies the users whose data scope holds at least one enterprise of the run (city administrators and analysts,
     * district and park officers, the enterprises' users), except the actor. For runs past DRAFT only: enterprise users
     * do not see DRAFT runs.
     */
    int aboutRun(long runId, String actor, String kind, List<String> params);
}
