package io.muyield.app;

import io.muyield.store.Database;
import io.muyield.store.identity.StoredUser;
import io.muyield.store.identity.UserRepository;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Users of the web tests, one per role, stored straight into the database (no forced password change):
 * a district officer of 渝北区 (TestCity A, C, D) and one of 九龙坡区 (B), a park officer of a park without enterprises,
 * the enterprise user of A, an analyst and an auditor. Every password is {@link #PASSWORD}.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-user-password";
    public static final String ANALYST = "t-analyst";
    public static final String YUBEI = "t-yubei";
    public static final String JIULONGPO = "t-jiulongpo";
    public static final String PARK = "t-park";
    public static final String ENTERPRISE_A = "t-enterprise-a";
    public static final String ENTERPRISE_B = "t-enterprise-b";
    public static final String AUDITOR = "t-auditor";
    public static final String PARK_CODE = "CQ-P-500112-99";

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private TestUsers() {
    }

    public static synchronized void ensure(Database database) {
        add(database, ANALYST, "CITY_ANALYST", null);
        add(database, YUBEI, "DISTRICT_OFFICER", "500112");
        add(database, JIULONGPO, "DISTRICT_OFFICER", "500107");
        add(database, PARK, "PARK_OFFICER", PARK_CODE);
        add(database, ENTERPRISE_A, "ENTERPRISE", TestCity.A.value());
        add(database, ENTERPRISE_B, "ENTERPRISE", TestCity.B.value());
        add(database, AUDITOR, "AUDITOR", null);
    }

    public static void add(Database database, String name, String role, String scope) {
        UserRepository users = new UserRepository(database);
        if (users.find(name).isEmpty()) {
            users.insert(new StoredUser(name, ENCODER.encode(PASSWORD), role, Optional.ofNullable(scope), true, false, 0, Optional.empty(),
                    LocalDateTime.now(), "test"));
        }
    }
}
