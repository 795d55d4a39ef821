package io.muyield.app.identity;

import io.muyield.app.shared.AuditLog;
import io.muyield.app.shared.MuyieldProperties;
import io.muyield.app.shared.UserFacingException;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.Database;
import io.muyield.store.Migrations;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.enterprise.EnterpriseRepository;
import io.muyield.store.identity.UserRepository;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import io.muyield.store.reference.ReferenceData;
import io.muyield.store.region.ParkRepository;
import io.muyield.store.region.RegionRepository;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import io.muyield.synth.CityGenerator;
import io.muyield.synth.GeneratorSpec;
import io.muyield.synth.SyntheticEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first users: one demo user per role on a small generated city (the park officer and the enterprise user scoped to
 * real data), and a later production start on the same database, where demo users cannot sign in and the demo
 * administrator becomes the first real one with MUYIELD_ADMIN_PASSWORD.
 */
class UserBootstrapTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void demoUsersPerRoleThenAProductionStartTakesOver(@TempDir Path dir) {
        try (Database db = Database.forDataDir(dir)) {
            Migrations.migrate(db);
            ReferenceData.loadIfEmpty(db);
            CityGenerator generator = new CityGenerator(GeneratorSpec.defaults().withEnterprises(2_000).withSeed(7));
            ReferenceData.loadParks(db, generator.parks());
            List<SyntheticEnterprise> city = generator.enterprises().toList();
            new FactBatchWriter(db).write(BatchDescription.of("demo", "test"), city.stream().map(SyntheticEnterprise::enterprise).toList(),
                    city.stream().flatMap(e -> e.facts().stream()).toList());

            UserDirectory demo = directory(db, true);
            UserBootstrap demoStart = bootstrap(db, demo, true, new MockEnvironment());
            demoStart.start();
            assertThat(demoStart.demoScopes()).containsKeys("admin", "analyst", "yubei", "park", "enterprise", "auditor");
            assertThat(demoStart.demoScopes().get("yubei")).isEqualTo("500112");
            String park = demoStart.demoScopes().get("park");
            String enterprise = demoStart.demoScopes().get("enterprise");
            EnterpriseRepository enterprises = new EnterpriseRepository(db);
            assertThat(enterprises.count(UserScopes.of(Role.PARK_OFFICER, park))).isPositive();
            Enterprise e = enterprises.find(io.muyield.core.enterprise.CreditCode.parse(enterprise), Condition.all()).orElseThrow();
            assertThat(e.districtCode()).isEqualTo("500112");
            assertThat(e.parkCode()).contains(park);
            assertThat(enterprises.count(UserScopes.of(Role.ENTERPRISE, enterprise))).isEqualTo(1);
            for (DemoUser u : DemoUser.ALL) {
                SignedInUser user = demo.find(u.username()).orElseThrow();
                assertThat(user.role()).isEqualTo(u.role());
                assertThat(user.isEnabled()).isTrue();
                assertThat(user.mustChangePassword()).isFalse();
                assertThat(encoder.matches(u.password(), new UserRepository(db).find(u.username()).orElseThrow().passwordHash())).isTrue();
            }
            // A second demo start changes nothing.
            bootstrap(db, demo, true, new MockEnvironment()).start();
            assertThat(new UserRepository(db).count()).isEqualTo(DemoUser.ALL.size());

            // Production start on the demo database: without the password, one clear line; with it, admin is adopted.
            UserDirectory production = directory(db, false);
            assertThatThrownBy(() -> bootstrap(db, production, false, new MockEnvironment()).start()).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("MUYIELD_ADMIN_PASSWORD");
            bootstrap(db, production, false, new MockEnvironment().withProperty("MUYIELD_ADMIN_PASSWORD", "production-password")).start();
            assertThat(production.find("yubei").orElseThrow().isEnabled()).isFalse();
            SignedInUser admin = production.find("admin").orElseThrow();
            assertThat(admin.isEnabled()).isTrue();
            assertThat(encoder.matches("production-password", new UserRepository(db).find("admin").orElseThrow().passwordHash())).isTrue();
            assertThat(new AuditRepository(db).latest(1, null).get(0).action()).isEqualTo("USER_ADOPTED");
            assertThat(new AuditRepository(db).verify().ok()).isTrue();
        }
    }

    @Test
    void scopesAreTypedConditions() {
        assertThat(UserScopes.of(Role.CITY_ANALYST, null)).isEqualTo(Condition.all());
        assertThat(UserScopes.of(Role.AUDITOR, null)).isEqualTo(Condition.none());
        assertThat(UserScopes.of(Role.DISTRICT_OFFICER, "CQ-LJXQ"))
                .isEqualTo(Condition.eq(Column.DISTRICT_CODE, "CQ-LJXQ").or(Condition.eq(Column.ZONE_CODE, "CQ-LJXQ")));
        assertThat(UserScopes.of(Role.PARK_OFFICER, "P1")).isEqualTo(Condition.eq(Column.PARK_CODE, "P1"));
        assertThat(UserScopes.of(Role.ENTERPRISE, " ")).isEqualTo(Condition.none());
    }

    private UserDirectory directory(Database db, boolean demoMode) {
        AuditRepository trail = new AuditRepository(db);
        AuditLog audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String target, String details) {
                trail.append(actor, action, target, details);
            }

            @Override
            public void record(String action, String target, String details) {
                record("test", action, target, details);
            }
        };
        return new UserDirectory(new UserRepository(db), encoder, audit, new RegionRepository(db), new ParkRepository(db), new EnterpriseRepository(db),
                properties(demoMode));
    }

    private static UserBootstrap bootstrap(Database db, UserDirectory directory, boolean demoMode, MockEnvironment env) {
        return new UserBootstrap(directory, properties(demoMode), env, new ParkRepository(db), new EnterpriseRepository(db));
    }

    private static MuyieldProperties properties(boolean demoMode) {
        return new MuyieldProperties(Path.of("data"), null, new MuyieldProperties.Demo(demoMode, 0, 1));
    }
}
