package io.muyield.app.identity;

import io.muyield.app.shared.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit trail and the lockout counter: every failure (form or HTTP Basic) is recorded and counted;
 * a successful form sign-in is recorded; any success resets the counter. (Successful HTTP Basic calls are not recorded
 * one by one: a script authenticates on every request.)
 */
@Component
class LoginEvents {

    private final UserDirectory directory;
    private final AuditLog audit;

    LoginEvents(UserDirectory directory, AuditLog audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String name = UserDirectory.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        audit.record(name, "LOGIN_FAILED", "user:" + name, event.getException().getClass().getSimpleName() + from(event.getAuthentication().getDetails()));
        directory.failedSignIn(name);
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        directory.signedIn(event.getAuthentication().getName());
    }

    @EventListener
    void interactive(InteractiveAuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        audit.record(name, "LOGIN", "user:" + name, "form" + from(event.getAuthentication().getDetails()));
    }

    private static String from(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? " from " + web.getRemoteAddress() : "";
    }
}
