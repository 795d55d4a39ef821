package io.muyield.app.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.muyield.app.ApiClient;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.identity.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, lockout, forced password change, API tokens and HTTP Basic over the users in the database. */
class IdentityWebTest extends WebTest {

    @BeforeEach
    void users() {
        TestUsers.ensure(database);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheAdministratorUnlocksIt() throws Exception {
        TestUsers.add(database, "t-lockme", "CITY_ANALYST", null);
        for (int i = 0; i < UserDirectory.MAX_FAILURES; i++) {
            assertThat(new FormSession(port).signIn("t-lockme", "wrong-password")).endsWith("/login?error");
        }
        // Now even the right password is refused, and HTTP Basic too.
        assertThat(new FormSession(port).signIn("t-lockme", TestUsers.PASSWORD)).endsWith("/login?locked");
        assertThat(new ApiClient(port, "t-lockme", TestUsers.PASSWORD).status("/api/v1/enterprises")).isEqualTo(401);
        AuditRepository audit = new AuditRepository(database);
        assertThat(audit.about("user:t-lockme")).extracting(AuditEntry::action).contains("LOGIN_FAILED", "ACCOUNT_LOCKED");

        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.post("/admin/users/t-lockme/unlock", Map.of()).statusCode()).isEqualTo(302);
        assertThat(new FormSession(port).signIn("t-lockme", TestUsers.PASSWORD)).doesNotContain("/login");
        assertThat(audit.about("user:t-lockme")).extracting(AuditEntry::action).contains("USER_UNLOCKED", "LOGIN");
    }

    @Test
    void aNewUserMustChangeThePasswordBeforeAnythingElse() throws Exception {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> created = admin.post("/admin/users", Map.of("username", "t-newbie", "role", "DISTRICT_OFFICER", "scope", "500107",
                "password", "first-password-1"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(new UserRepository(database).find("t-newbie").orElseThrow().mustChangePassword()).isTrue();
        // A scope that does not exist is refused with one line.
        admin.post("/admin/users", Map.of("username", "t-bad", "role", "DISTRICT_OFFICER", "scope", "999999", "password", "first-password-1"));
        assertThat(admin.get("/admin/users").body()).contains("no district with the code 999999");
        assertThat(new UserRepository(database).find("t-bad")).isEmpty();

        FormSession newbie = new FormSession(port);
        newbie.signIn("t-newbie", "first-password-1");
        HttpResponse<String> overview = newbie.get("/");
        assertThat(overview.statusCode()).isEqualTo(302);
        assertThat(overview.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        HttpResponse<String> api = newbie.get("/api/v1/enterprises");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("change your password first");
        assertThat(new ApiClient(port, "t-newbie", "first-password-1").status("/api/v1/enterprises")).isEqualTo(403);

        newbie.post("/account/password", Map.of("current", "first-password-1", "password", "second-password-2", "repeat", "second-password-2"));
        assertThat(newbie.get("/").statusCode()).isEqualTo(200);
        // The district officer of 九龙坡区 sees B only.
        JsonNode page = new ObjectMapper().readTree(newbie.get("/api/v1/enterprises").body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("creditCode").asText()).isEqualTo(TestCity.B.value());
    }

    @Test
    void aDisabledUserLosesTheSessionAtOnce() throws Exception {
        TestUsers.add(database, "t-disable-me", "CITY_ANALYST", null);
        FormSession user = new FormSession(port);
        user.signIn("t-disable-me", TestUsers.PASSWORD);
        assertThat(user.get("/enterprises").statusCode()).isEqualTo(200);
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        admin.post("/admin/users/t-disable-me/enabled", Map.of("enabled", "false"));
        HttpResponse<String> after = user.get("/enterprises");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(new FormSession(port).signIn("t-disable-me", TestUsers.PASSWORD)).endsWith("/login?disabled");
    }

    @Test
    void aPersonalTokenActsAsItsOwnerUntilRevoked() throws Exception {
        FormSession yubei = new FormSession(port);
        yubei.signIn(TestUsers.YUBEI, TestUsers.PASSWORD);
        yubei.post("/account/tokens", Map.of("name", "nightly script"));
        String account = yubei.get("/account").body();
        Matcher m = Pattern.compile("id=\"new-token\">(myt_[A-Za-z0-9_-]+)<").matcher(account);
        assertThat(m.find()).as("the new token is shown once").isTrue();
        String token = m.group(1);
        assertThat(yubei.get("/account").body()).doesNotContain(token);

        assertThat(bearer(token, "/api/v1/enterprises/" + TestCity.A.value()).statusCode()).isEqualTo(200);
        assertThat(bearer(token, "/api/v1/enterprises/" + TestCity.B.value()).statusCode()).isEqualTo(404);
        assertThat(bearer(token, "/api/v1/audit/entries").statusCode()).isEqualTo(403);
        assertThat(bearer("myt_not-a-token", "/api/v1/enterprises").statusCode()).isEqualTo(401);

        Matcher id = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(account);
        assertThat(id.find()).isTrue();
        yubei.post("/account/tokens/" + id.group(1) + "/revoke", Map.of());
        assertThat(bearer(token, "/api/v1/enterprises").statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicKeepsWorkingWithTheSameScopes() throws Exception {
        ApiClient yubei = new ApiClient(port, TestUsers.YUBEI, TestUsers.PASSWORD);
        assertThat(yubei.getJson("/api/v1/enterprises").get("total").asLong()).isEqualTo(3);
        assertThat(yubei.status("/api/v1/enterprises/" + TestCity.B.value())).isEqualTo(404);
        // The overview's figures are those of the scope: 渝北区 has A, C, D (3 enterprises in 2023).
        JsonNode summary = yubei.getJson("/api/v1/city/summary?year=2023");
        JsonNode city = api().getJson("/api/v1/city/summary?year=2023");
        assertThat(summary.toString()).isNotEqualTo(city.toString());
        assertThat(summary.toString()).contains("\"enterprises\":3").doesNotContain("\"enterprises\":4");
        assertThat(new ApiClient(port, TestUsers.AUDITOR, TestUsers.PASSWORD).getJson("/api/v1/enterprises").get("total").asLong()).isZero();
        assertThat(new ApiClient(port, TestUsers.YUBEI, "wrong").status("/api/v1/enterprises")).isEqualTo(401);
    }

    @Test
    void pagesCarryTheCsrfTokenAndSecurityHeaders() throws Exception {
        FormSession s = new FormSession(port);
        s.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        HttpResponse<String> page = s.get("/enterprises");
        assertThat(page.body()).contains("<meta name=\"_csrf\" content=\"").contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\"")
                .contains("/js/csrf.js");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        // A POST without the token is refused.
        HttpResponse<String> noToken = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isIn(302, 401, 403);
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void aFormSignInIsAudited() throws Exception {
        new FormSession(port).signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(new AuditRepository(database).about("user:" + TestUsers.ANALYST)).extracting(AuditEntry::action).contains("LOGIN");
        assertThat(new FormSession(port).signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD)).endsWith("/portal");
        assertThat(new FormSession(port).signIn(TestUsers.AUDITOR, TestUsers.PASSWORD)).endsWith("/audit");
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
