package io.muyield.app.identity;

import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.identity.ApiTokenRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDOR matrix: every handler mapping of the application must be classified here (role × endpoint → allowed, 403, or
 * 404 for a record outside the role's scope), and each is called as each role against a record outside that role's
 * scope. A new endpoint makes this test fail until it is classified — on purpose. Besides the expected status, no
 * response to a scoped role may contain the foreign enterprise's credit code or name.
 */
class IdorMatrixTest extends WebTest {

    /** The roles, in the column order of the expectations below. */
    enum Who {
        ADMIN("admin", WebTest.ADMIN_PASSWORD), ANALYST(TestUsers.ANALYST, TestUsers.PASSWORD), DISTRICT(TestUsers.YUBEI, TestUsers.PASSWORD),
        PARK(TestUsers.PARK, TestUsers.PASSWORD), ENTERPRISE(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD), AUDITOR(TestUsers.AUDITOR, TestUsers.PASSWORD);

        final String user;
        final String password;

        Who(String user, String password) {
            this.user = user;
            this.password = password;
        }

        /** The enterprise this role must not see (city roles see all: B stands in as "some record"). */
        CreditCode foreign() {
            return switch (this) {
                case ADMIN, ANALYST, DISTRICT, ENTERPRISE -> TestCity.B;
                case PARK, AUDITOR -> TestCity.A;
            };
        }

        boolean scoped() {
            return this != ADMIN && this != ANALYST;
        }
    }

    /**
     * One classified endpoint: the expected outcome per role (ADMIN ANALYST DISTRICT PARK ENTERPRISE AUDITOR; "ok" =
     * 2xx/3xx, "403", "404", "-" = not called), the form fields of a POST, and whether its body is checked for leaks.
     */
    record Endpoint(String expect, Map<String, String> fields, boolean leakCheck) {
        Endpoint(String expect) {
            this(expect, Map.of(), true);
        }
    }

    private static final String ALL = "ok ok ok ok ok ok";
    private static final String CITY_ONLY = "ok ok 404 404 404 404";
    private static final String ADMIN_ONLY = "ok 403 403 403 403 403";
    private static final String AUDIT = "ok 403 403 403 403 ok";

    /** The matrix. Keys are "METHOD pattern" as the handler mapping has them. */
    private static final Map<String, Endpoint> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /", new Endpoint(ALL));
        MATRIX.put("GET /login", new Endpoint(ALL));
        MATRIX.put("GET /error", new Endpoint("- - - - - -"));
        MATRIX.put("GET /api/v1/health", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/city/summary", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/regions", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/regions/{code}", new Endpoint(ALL));
        MATRIX.put("GET /enterprises", new Endpoint(ALL));
        MATRIX.put("GET /enterprises/{creditCode}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /api/v1/enterprises", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/enterprises/{creditCode}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /account", new Endpoint(ALL));
        MATRIX.put("GET /account/password", new Endpoint(ALL));
        MATRIX.put("POST /account/password", new Endpoint(ALL, Map.of("current", "wrong-password", "password", "new-password-1", "repeat", "new-password-1"), true));
        MATRIX.put("POST /account/tokens", new Endpoint(ALL, Map.of("name", "idor"), true));
        MATRIX.put("POST /account/tokens/{id}/revoke", new Endpoint(ALL));
        MATRIX.put("GET /admin/users", new Endpoint(ADMIN_ONLY, Map.of(), false));
        MATRIX.put("POST /admin/users", new Endpoint(ADMIN_ONLY, Map.of("username", "t-idor-new", "role", "AUDITOR", "password", "idor-password-1"), true));
        MATRIX.put("POST /admin/users/{username}/password", new Endpoint(ADMIN_ONLY, Map.of("password", "idor-password-2"), true));
        MATRIX.put("POST /admin/users/{username}/unlock", new Endpoint(ADMIN_ONLY));
        MATRIX.put("POST /admin/users/{username}/enabled", new Endpoint(ADMIN_ONLY, Map.of("enabled", "true"), true));
        // The audit trail names the enterprises whose facts were viewed: by design the auditor sees those codes.
        MATRIX.put("GET /audit", new Endpoint(AUDIT, Map.of(), false));
        MATRIX.put("POST /audit/verify", new Endpoint(AUDIT, Map.of(), false));
        MATRIX.put("GET /audit/permissions.xlsx", new Endpoint(AUDIT));
        MATRIX.put("GET /api/v1/audit/entries", new Endpoint(AUDIT, Map.of(), false));
        MATRIX.put("GET /api/v1/audit/verify", new Endpoint(AUDIT));
        MATRIX.put("GET /portal", new Endpoint("403 403 403 403 ok 403"));
        MATRIX.put("POST /portal/appeals", new Endpoint("403 403 403 403 ok 403",
                Map.of("field", "tax", "year", "2023", "claimed", "1", "reason", "idor matrix"), true));
        MATRIX.put("GET /appeals", new Endpoint(ALL));
        MATRIX.put("GET /appeals/{id}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /api/v1/appeals", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/appeals/{id}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /appeals/{id}/evidence/{evidenceId}", new Endpoint(CITY_ONLY));
        MATRIX.put("POST /appeals/{id}/forward", new Endpoint("403 403 404 403 403 403", Map.of("note", "idor"), true));
        MATRIX.put("POST /appeals/{id}/reject", new Endpoint("ok 403 404 403 403 403", Map.of("note", "idor"), true));
        MATRIX.put("POST /appeals/{id}/accept", new Endpoint(ADMIN_ONLY, Map.of("note", "idor"), true));
        // springdoc
        MATRIX.put("GET /api/v1/openapi", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/openapi.yaml", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/openapi/swagger-config", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/docs", new Endpoint(ALL, Map.of(), false));
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    private static final Map<CreditCode, long[]> APPEALS = new LinkedHashMap<>();
    private static long foreignTokenId;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @BeforeEach
    void records() {
        TestUsers.ensure(database);
        TestUsers.add(database, "t-target", "CITY_ANALYST", null);
        synchronized (APPEALS) {
            if (APPEALS.isEmpty()) {
                AppealRepository appeals = new AppealRepository(database);
                for (CreditCode code : List.of(TestCity.A, TestCity.B)) {
                    long id = appeals.file(code.value(), 2023, "tax", null, BigDecimal.ONE, "matrix", "test", LocalDateTime.now(),
                            List.of(new AppealRepository.NewEvidence("e.png", "image/png", "0".repeat(64), PNG)));
                    APPEALS.put(code, new long[]{id, appeals.evidence(id).get(0).id()});
                }
                foreignTokenId = new ApiTokenRepository(database).insert("t-target", "someone else's", "idor-hash-" + System.nanoTime(), LocalDateTime.now());
            }
        }
    }

    /** "GET /enterprises/{creditCode}", … for every handler method of the application. */
    private Set<String> mappedEndpoints() {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                for (String m : methods) {
                    all.add(m + " " + pattern);
                }
            }
        }
        return all;
    }

    @Test
    void everyEndpointIsClassified() {
        Set<String> mapped = mappedEndpoints();
        List<String> unclassified = mapped.stream().filter(e -> !MATRIX.containsKey(e)).toList();
        assertThat(unclassified).as("endpoints missing from IdorMatrixTest.MATRIX: classify each (role × allowed/403/404)").isEmpty();
        assertThat(MATRIX.keySet().stream().filter(e -> !mapped.contains(e)).toList()).as("classified endpoints that no longer exist").isEmpty();
    }

    @Test
    void noRoleReachesARecordOutsideItsScope() throws Exception {
        Map<Who, FormSession> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            FormSession s = new FormSession(port);
            assertThat(s.signIn(who.user, who.password)).as(who + " signs in").doesNotContain("/login");
            sessions.put(who, s);
        }
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Endpoint> e : MATRIX.entrySet()) {
            String[] expected = e.getValue().expect().split(" ");
            String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            String pattern = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            for (Who who : Who.values()) {
                String expect = expected[who.ordinal()];
                if (expect.equals("-")) {
                    continue;
                }
                CreditCode foreign = who.foreign();
                String path = pattern.replace("{creditCode}", foreign.value()).replace("{code}", "500112")
                        .replace("{username}", "t-target").replace("{evidenceId}", Long.toString(APPEALS.get(foreign)[1]))
                        .replace("{id}", pattern.contains("/appeals/") ? Long.toString(APPEALS.get(foreign)[0]) : Long.toString(foreignTokenId));
                FormSession s = sessions.get(who);
                HttpResponse<String> r;
                if (method.equals("GET")) {
                    r = s.get(path);
                } else if (pattern.equals("/portal/appeals")) {
                    r = s.postMultipart(path, e.getValue().fields(), "evidence", Map.of("e.png", PNG));
                } else {
                    r = s.post(path, e.getValue().fields());
                }
                calls++;
                int status = r.statusCode();
                boolean fits = switch (expect) {
                    case "ok" -> status >= 200 && status < 400;
                    default -> status == Integer.parseInt(expect);
                };
                if (!fits) {
                    failures.add(who + " " + method + " " + path + ": expected " + expect + ", got " + status);
                }
                if (who.scoped() && e.getValue().leakCheck() && status < 400 && leaks(r.body(), foreign)) {
                    failures.add(who + " " + method + " " + path + ": the response shows " + foreign.value());
                }
            }
        }
        assertThat(failures).as("IDOR matrix failures in " + calls + " calls").isEmpty();
        assertThat(calls).isGreaterThan(150);
        // Revoking another user's token is "no such token" for the caller, never a revocation.
        assertThat(new ApiTokenRepository(database).of("t-target").stream().filter(t -> t.id() == foreignTokenId).findFirst().orElseThrow().active()).isTrue();
    }

    private static boolean leaks(String body, CreditCode foreign) {
        String name = foreign.equals(TestCity.A) ? "重庆长鑫汽车零部件有限公司" : "重庆九龙显示科技有限公司";
        return body.contains(foreign.value()) || body.contains(name);
    }
}
