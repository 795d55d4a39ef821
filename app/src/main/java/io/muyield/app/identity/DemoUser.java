package io.muyield.app.identity;

import java.util.List;

/** A demo login, printed at start and listed in README.md. Exists only in demo mode. */
public record DemoUser(String username, String password, Role role) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "muyield-admin", Role.CITY_ADMIN),
            new DemoUser("analyst", "muyield-analyst", Role.CITY_ANALYST));
}
