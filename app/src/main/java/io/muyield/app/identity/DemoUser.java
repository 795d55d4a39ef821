package io.muyield.app.identity;

import java.util.List;

/**
 * A demo login, listed in README.md and printed at start. Exists only in demo mode (never forced to change its
 * password there). The scope of the park officer and the enterprise user is picked from the demo data at start: the
 * first park and the first enterprise of 渝北区 by code.
 */
public record DemoUser(String username, String password, Role role) {

    public static final String DEMO_CREATOR = "muyield demo";
    public static final String YUBEI = "500112";

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("admin", "muyield-admin", Role.CITY_ADMIN),
            new DemoUser("analyst", "muyield-analyst", Role.CITY_ANALYST),
            new DemoUser("yubei", "muyield-yubei", Role.DISTRICT_OFFICER),
            new DemoUser("park", "muyield-park", Role.PARK_OFFICER),
            new DemoUser("enterprise", "muyield-enterprise", Role.ENTERPRISE),
            new DemoUser("auditor", "muyield-auditor", Role.AUDITOR));
}
