package io.muyield.app.identity;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.MuyieldProperties;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.identity.StoredUser;
import io.muyield.store.identity.UserRepository;
import io.muyield.store.query.Condition;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users of muyield, in the database: sign-in lookups, lockout after {@value #MAX_FAILURES} failures for
 * {@link #LOCK_TIME}, and the administrator's acts (create, reset password, unlock, disable), each in the audit trail.
 * Demo users (created by {@link DemoUser#DEMO_CREATOR}) can sign in only while muyield runs in demo mode.
 */
@Service
public class UserDirectory implements UserDetailsService {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final RegionRepository regions;
    private final ParkRepository parks;
    private final EnterpriseRepository enterprises;
    private final boolean demo;
    private final Clock clock = Clock.systemUTC();

    UserDirectory(UserRepository users, PasswordEncoder encoder, AuditLog audit, RegionRepository regions, ParkRepository parks,
                  EnterpriseRepository enterprises, MuyieldProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.regions = regions;
        this.parks = parks;
        this.enterprises = enterprises;
        this.demo = properties.demo().enabled();
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** The user as they stand now (locked, disabled …), or empty. */
    public Optional<SignedInUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.find(normalise(username)).map(u -> SignedInUser.of(u, u.lockedAt(now()), u.enabled()
                && (demo || !DemoUser.DEMO_CREATOR.equals(u.createdBy()))));
    }

    boolean isDemoUser(String username) {
        return users.find(normalise(username)).map(u -> DemoUser.DEMO_CREATOR.equals(u.createdBy())).orElse(false);
    }

    public List<StoredUser> all() {
        return users.all();
    }

    /** Whether any user who can sign in outside demo mode exists. */
    public boolean anyProductionUser() {
        return users.countNotCreatedBy(DemoUser.DEMO_CREATOR) > 0;
    }

    /** Counts a failed sign-in of a known user; the {@value #MAX_FAILURES}th locks the account. */
    void failedSignIn(String username) {
        String name = normalise(username);
        if (users.find(name).isPresent() && users.recordFailure(name, MAX_FAILURES, now().plus(LOCK_TIME))) {
            audit.record(name, "ACCOUNT_LOCKED", "user:" + name, MAX_FAILURES + " failed sign-ins; locked for " + LOCK_TIME.toMinutes() + " min");
        }
    }

    void signedIn(String username) {
        users.recordSuccess(normalise(username));
    }

    /**
     * Creates a user who must choose a new password at first sign-in.
     *
     * @throws UserFacingException for a bad name, a taken name, a short password or a scope that does not exist
     */
    public void create(String actor, String username, Role role, String scopeCode, String initialPassword) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserFacingException("a username is 2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        String scope = checkedScope(role, scopeCode);
        checkPassword(initialPassword);
        if (users.find(name).isPresent()) {
            throw new UserFacingException("the user " + name + " exists already");
        }
        users.insert(new StoredUser(name, encoder.encode(initialPassword), role.name(), Optional.ofNullable(scope), true, true, 0,
                Optional.empty(), now(), actor));
        audit.record(actor, "USER_CREATED", "user:" + name, "role=" + role + (scope == null ? "" : " scope=" + scope));
    }

    /** Creates a user without the forced password change: the first administrator and the demo users. */
    void createTrusted(String actor, String username, Role role, String scopeCode, String password) {
        String name = normalise(username);
        if (users.find(name).isPresent() && !DemoUser.DEMO_CREATOR.equals(actor)) {
            // A demo database started for production: its demo administrator becomes the first real one.
            users.adopt(name, encoder.encode(password), actor);
            audit.record(actor, "USER_ADOPTED", "user:" + name, "the demo user became a production user with a new password");
            return;
        }
        users.insert(new StoredUser(name, encoder.encode(password), role.name(), Optional.ofNullable(checkedScope(role, scopeCode)), true,
                false, 0, Optional.empty(), now(), actor));
        audit.record(actor, "USER_CREATED", "user:" + name, "role=" + role + (scopeCode == null ? "" : " scope=" + scopeCode));
    }

    public void resetPassword(String actor, String username, String temporaryPassword) {
        checkPassword(temporaryPassword);
        String name = normalise(username);
        if (!users.setPassword(name, encoder.encode(temporaryPassword), true)) {
            throw new UserFacingException("no user " + name);
        }
        audit.record(actor, "PASSWORD_RESET", "user:" + name, "must change at next sign-in");
    }

    public void unlock(String actor, String username) {
        String name = normalise(username);
        if (!users.unlock(name)) {
            throw new UserFacingException("no user " + name);
        }
        audit.record(actor, "USER_UNLOCKED", "user:" + name, "");
    }

    public void setEnabled(String actor, String username, boolean enabled) {
        String name = normalise(username);
        if (name.equals(normalise(actor)) && !enabled) {
            throw new UserFacingException("you cannot disable your own account");
        }
        if (!users.setEnabled(name, enabled)) {
            throw new UserFacingException("no user " + name);
        }
        audit.record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", "user:" + name, "");
    }

    /** The signed-in user chooses a new password, proving the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        String name = normalise(username);
        StoredUser user = users.find(name).orElseThrow(() -> new UserFacingException("no user " + name));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new UserFacingException("the current password is not right");
        }
        checkPassword(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new UserFacingException("the new password must differ from the current one");
        }
        users.setPassword(name, encoder.encode(newPassword), false);
        audit.record(name, "PASSWORD_CHANGED", "user:" + name, "");
    }

    private String checkedScope(Role role, String scopeCode) {
        String code = scopeCode == null ? "" : scopeCode.strip().toUpperCase(Locale.ROOT);
        if (!role.scopeKind().needsCode()) {
            if (!code.isEmpty()) {
                throw new UserFacingException("the role " + role + " has no scope code");
            }
            return null;
        }
        if (code.isEmpty()) {
            throw new UserFacingException("the role " + role + " needs a scope code (" + role.scopeKind().name().toLowerCase(Locale.ROOT) + ")");
        }
        boolean exists = switch (role.scopeKind()) {
            case DISTRICT -> regions.find(code).isPresent();
            case PARK -> parks.find(code).isPresent();
            case ENTERPRISE -> CreditCode.problemWith(code).isEmpty() && enterprises.find(CreditCode.parse(code), Condition.all()).isPresent();
            default -> false;
        };
        if (!exists) {
            throw new UserFacingException("no " + role.scopeKind().name().toLowerCase(Locale.ROOT) + " with the code " + code);
        }
        return code;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
