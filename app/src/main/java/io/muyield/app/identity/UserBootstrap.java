package io.muyield.app.identity;

import io.muyield.app.shared.MuyieldProperties;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.region.Park;
import io.muyield.store.enterprise.EnterprisePage;
import io.muyield.store.enterprise.EnterpriseQuery;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.region.ParkRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first users, before the web server opens its port (and after the demo city is loaded). Demo mode: one user per
 * role, missing ones created with the fixed passwords of {@link DemoUser}. Otherwise, when the database has no user
 * yet, the first administrator {@code admin} gets the password in MUYIELD_ADMIN_PASSWORD; without it muyield stops
 * with a one-line explanation.
 */
@Component
class UserBootstrap implements SmartLifecycle {

    /** The demo users of this start (user name → scope code, "" for none), for the start-up instructions. */
    private final Map<String, String> demoScopes = new LinkedHashMap<>();
    private final UserDirectory directory;
    private final MuyieldProperties properties;
    private final Environment env;
    private final ParkRepository parks;
    private final EnterpriseRepository enterprises;
    private volatile boolean running;

    UserBootstrap(UserDirectory directory, MuyieldProperties properties, Environment env, ParkRepository parks, EnterpriseRepository enterprises) {
        this.directory = directory;
        this.properties = properties;
        this.env = env;
        this.parks = parks;
        this.enterprises = enterprises;
    }

    @Override
    public void start() {
        if (properties.demo().enabled()) {
            demoUsers();
        } else if (!directory.anyProductionUser()) {
            String password = env.getProperty("MUYIELD_ADMIN_PASSWORD");
            if (password == null || password.length() < 12) {
                throw new UserFacingException("no users yet: set MUYIELD_ADMIN_PASSWORD (12 characters or more) for the first administrator, user 'admin'");
            }
            directory.createTrusted("system", "admin", Role.CITY_ADMIN, null, password);
        }
        running = true;
    }

    private void demoUsers() {
        Optional<String> park = parks.inRegion(DemoUser.YUBEI).stream().map(Park::code).sorted()
                .filter(code -> enterprises.count(Condition.eq(Column.PARK_CODE, code)) > 0).findFirst();
        EnterpriseQuery where = park.map(EnterpriseQuery.all()::withPark).orElse(EnterpriseQuery.all().withDistrict(DemoUser.YUBEI));
        EnterprisePage first = enterprises.page(where, Condition.all(), 0, 1);
        Optional<String> enterprise = first.items().stream().findFirst().map(e -> e.creditCode().value());
        for (DemoUser u : DemoUser.ALL) {
            Optional<String> scope = switch (u.role().scopeKind()) {
                case DISTRICT -> Optional.of(DemoUser.YUBEI);
                case PARK -> park;
                case ENTERPRISE -> enterprise;
                default -> Optional.empty();
            };
            if (u.role().scopeKind().needsCode() && scope.isEmpty()) {
                continue;
            }
            if (directory.find(u.username()).isEmpty()) {
                directory.createTrusted(DemoUser.DEMO_CREATOR, u.username(), u.role(), scope.orElse(null), u.password());
            }
            // Listed only if the name is the demo user's (a production user of the same name keeps its own password).
            if (directory.isDemoUser(u.username())) {
                demoScopes.put(u.username(), directory.find(u.username()).flatMap(SignedInUser::scopeCode).orElse(""));
            }
        }
    }

    /** The demo users of this start with their scope codes (empty outside demo mode). */
    Map<String, String> demoScopes() {
        return demoScopes;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (whose phase is near Integer.MAX_VALUE) starts. */
    @Override
    public int getPhase() {
        return 0;
    }
}
