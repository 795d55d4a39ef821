package io.muyield.store.identity;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class UserRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    @Parameter
    TestDatabase target;

    private UserRepository users;
    private ApiTokenRepository tokens;

    @BeforeEach
    void empty() {
        target.database().jdbc().update("DELETE FROM app_user");
        target.database().jdbc().update("DELETE FROM api_token");
        users = new UserRepository(target.database());
        tokens = new ApiTokenRepository(target.database());
    }

    private static StoredUser user(String name, String role, String scope) {
        return new StoredUser(name, "{bcrypt}x", role, Optional.ofNullable(scope), true, true, 0, Optional.empty(), NOW, "test");
    }

    @Test
    void storesAndFindsUsersWithTheirScope() {
        users.insert(user("yubei", "DISTRICT_OFFICER", "500112"));
        users.insert(user("admin", "CITY_ADMIN", null));
        StoredUser yubei = users.find("yubei").orElseThrow();
        assertThat(yubei.role()).isEqualTo("DISTRICT_OFFICER");
        assertThat(yubei.scopeCode()).contains("500112");
        assertThat(yubei.mustChangePassword()).isTrue();
        assertThat(yubei.createdAt()).isEqualTo(NOW);
        assertThat(users.find("admin").orElseThrow().scopeCode()).isEmpty();
        assertThat(users.all()).extracting(StoredUser::username).containsExactly("admin", "yubei");
        assertThat(users.count()).isEqualTo(2);
        assertThatThrownBy(() -> users.insert(user("admin", "AUDITOR", null))).hasMessageContaining("exists already");
    }

    @Test
    void locksAtTheNthFailureAndUnlocks() {
        users.insert(user("u", "CITY_ANALYST", null));
        LocalDateTime until = NOW.plusMinutes(15);
        for (int i = 1; i < 5; i++) {
            assertThat(users.recordFailure("u", 5, until)).isFalse();
        }
        assertThat(users.find("u").orElseThrow().failedLogins()).isEqualTo(4);
        assertThat(users.recordFailure("u", 5, until)).isTrue();
        StoredUser locked = users.find("u").orElseThrow();
        assertThat(locked.lockedAt(NOW)).isTrue();
        assertThat(locked.lockedAt(until.plusSeconds(1))).isFalse();
        assertThat(users.unlock("u")).isTrue();
        assertThat(users.find("u").orElseThrow().lockedAt(NOW)).isFalse();
    }

    @Test
    void passwordChangeClearsTheFlagAndDisablingSticks() {
        users.insert(user("u", "CITY_ANALYST", null));
        assertThat(users.setPassword("u", "{bcrypt}y", false)).isTrue();
        StoredUser changed = users.find("u").orElseThrow();
        assertThat(changed.passwordHash()).isEqualTo("{bcrypt}y");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(users.setEnabled("u", false)).isTrue();
        assertThat(users.find("u").orElseThrow().enabled()).isFalse();
        assertThat(users.setPassword("nobody", "x", false)).isFalse();
    }

    @Test
    void tokensResolveUntilRevokedAndOnlyByTheirOwner() {
        long id = tokens.insert("u", "script", "hash-1", NOW);
        assertThat(tokens.activeOwner("hash-1")).contains("u");
        assertThat(tokens.activeOwner("hash-2")).isEmpty();
        assertThat(tokens.revoke("someone-else", id, NOW)).isFalse();
        assertThat(tokens.activeOwner("hash-1")).contains("u");
        assertThat(tokens.revoke("u", id, NOW)).isTrue();
        assertThat(tokens.activeOwner("hash-1")).isEmpty();
        assertThat(tokens.of("u")).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void countsUsersByCreatorAndAdoptsOne() {
        users.insert(new StoredUser("admin", "{bcrypt}demo", "CITY_ADMIN", Optional.empty(), true, true, 3, Optional.of(NOW), NOW, "muyield demo"));
        users.insert(user("yubei", "DISTRICT_OFFICER", "500112"));
        assertThat(users.countNotCreatedBy("muyield demo")).isEqualTo(1);
        assertThat(users.adopt("admin", "{bcrypt}real", "system")).isTrue();
        StoredUser admin = users.find("admin").orElseThrow();
        assertThat(admin.createdBy()).isEqualTo("system");
        assertThat(admin.passwordHash()).isEqualTo("{bcrypt}real");
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(admin.failedLogins()).isZero();
        assertThat(admin.lockedUntil()).isEmpty();
        assertThat(users.countNotCreatedBy("muyield demo")).isEqualTo(2);
        assertThat(users.adopt("nobody", "x", "system")).isFalse();
    }
}
