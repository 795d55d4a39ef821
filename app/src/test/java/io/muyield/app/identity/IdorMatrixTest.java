package io.muyield.app.identity;

import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.RunCreation;
import io.muyield.app.evaluation.SchemeText;
import io.muyield.app.imports.DepartmentImport;
import io.muyield.app.imports.ImportReport;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.identity.ApiTokenRepository;
import io.muyield.store.notification.NotificationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    record Endpoint(String expect, Map<String, String> fields, boolean leakCheck, String query) {
        Endpoint(String expect) {
            this(expect, Map.of(), true, "");
        }

        Endpoint(String expect, Map<String, String> fields, boolean leakCheck) {
            this(expect, fields, leakCheck, "");
        }

        /** A GET with a query string (e.g. the regions to compare), checked for leaks. */
        static Endpoint query(String expect, String query) {
            return new Endpoint(expect, Map.of(), true, query);
        }
    }

    private static final String ALL = "ok ok ok ok ok ok";
    private static final String CITY_ONLY = "ok ok 404 404 404 404";
    private static final String ADMIN_ONLY = "ok 403 403 403 403 403";
    private static final String AUDIT = "ok 403 403 403 403 ok";
    /** City roles only (import batches, rejected rows and data quality hold raw rows of any enterprise; what-if). */
    private static final String CITY_ROLES = "ok ok 403 403 403 403";
    /** Downloads: the EXPORT authority (administrator, analyst, district officer), each within its scope. */
    private static final String EXPORT = "ok ok ok 403 403 403";

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
        // Imports (the batch of the set-up, see records()): city roles read, the administrator uploads.
        Map<String, String> upload = Map.of("year", "2024", "source", "tax");
        MATRIX.put("GET /imports", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /imports/quality", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /imports/{id}", new Endpoint(CITY_ROLES));
        MATRIX.put("POST /imports", new Endpoint(ADMIN_ONLY, upload, true));
        // Background imports: the administrator starts them; a job ({jobId}: t-target's, see records()) is its owner's and administrators'.
        MATRIX.put("POST /imports/jobs", new Endpoint(ADMIN_ONLY, upload, true));
        MATRIX.put("GET /imports/jobs/{jobId}", new Endpoint("ok 404 403 403 403 403"));
        MATRIX.put("GET /imports/jobs/{jobId}/status", new Endpoint("ok 404 403 403 403 403"));
        MATRIX.put("GET /api/v1/imports", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /api/v1/imports/{id}", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /api/v1/imports/history/{creditCode}", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /api/v1/imports/{id}/rejections.xlsx", new Endpoint(CITY_ROLES));
        MATRIX.put("POST /api/v1/imports", new Endpoint("201 403 403 403 403 403", upload, true));
        // Evaluation runs (two runs of the set-up): everyone within the scope; an enterprise outside it is not found.
        MATRIX.put("GET /runs", new Endpoint(ALL));
        MATRIX.put("POST /runs", new Endpoint(ADMIN_ONLY, Map.of("preset", "chongqing-2023", "year", "2023"), true));
        MATRIX.put("POST /runs/{id}/rerun", new Endpoint(ADMIN_ONLY));
        MATRIX.put("GET /runs/{id}", new Endpoint(ALL));
        MATRIX.put("GET /runs/{id}/enterprises/{creditCode}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /runs/{id}/league", new Endpoint(ALL));
        MATRIX.put("GET /runs/{id}/compare", new Endpoint(ALL));
        MATRIX.put("GET /runs/{id}/what-if", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /api/v1/runs", new Endpoint(ALL));
        MATRIX.put("POST /api/v1/runs", new Endpoint("201 403 403 403 403 403", Map.of("json", "{\"scheme\": \"chongqing-2023\", \"year\": 2023}"), true));
        MATRIX.put("GET /api/v1/runs/{id}", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/runs/{id}/results", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/runs/{id}/results/{creditCode}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /api/v1/runs/{id}/league", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/runs/{id}/compare/{otherId}", new Endpoint(ALL));
        MATRIX.put("POST /api/v1/runs/{id}/what-if", new Endpoint(CITY_ROLES, Map.of("json", "{}"), true));
        MATRIX.put("GET /api/v1/runs/{id}/export", Endpoint.query(EXPORT, "format=csv"));
        // Publication (公示): everyone who sees the run reads its state; the administrator moves it forward (PUBLISHED → CLOSED → FINAL here).
        MATRIX.put("GET /api/v1/runs/{id}/publication", new Endpoint(ALL));
        MATRIX.put("POST /runs/{id}/publication", new Endpoint(ADMIN_ONLY, Map.of("state", "CLOSED"), true));
        MATRIX.put("POST /runs/publication/final", new Endpoint(ADMIN_ONLY, Map.of("run", "{id}"), true));
        MATRIX.put("POST /api/v1/runs/{id}/publication", new Endpoint("ok 403 403 403 403 403", Map.of("json", "{\"state\": \"FINAL\"}"), true));
        // Clusters, regions, league, map, 大屏: aggregates under the caller's scope; downloads need EXPORT.
        // Taxonomy changes first (city administrator): the admin keeps B (its foreign record) out of C07, so the cluster
        // pages below hold an override naming B, which no scoped role may see.
        MATRIX.put("POST /api/v1/clusters/{code}/overrides", new Endpoint(ADMIN_ONLY,
                Map.of("json", "{\"creditCode\": \"" + TestCity.B.value() + "\", \"action\": \"EXCLUDE\", \"reason\": \"idor matrix\"}"), true));
        MATRIX.put("POST /clusters/{code}/overrides", new Endpoint(ADMIN_ONLY,
                Map.of("creditCode", TestCity.A.value(), "action", "INCLUDE", "reason", "idor matrix"), true));
        MATRIX.put("POST /api/v1/clusters/{code}/codes", new Endpoint(ADMIN_ONLY,
                Map.of("json", "{\"code\": \"1311\", \"action\": \"ADD\", \"reason\": \"idor matrix\"}"), true));
        MATRIX.put("POST /clusters/{code}/codes", new Endpoint(ADMIN_ONLY, Map.of("industryCode", "1311", "action", "REMOVE", "reason", "idor matrix"), true));
        MATRIX.put("POST /api/v1/clusters/{code}/target", new Endpoint(ADMIN_ONLY,
                Map.of("json", "{\"targetYuan\": 100000000000, \"targetYear\": 2027, \"reason\": \"idor matrix\"}"), true));
        MATRIX.put("POST /clusters/{code}/target", new Endpoint(ADMIN_ONLY, Map.of("targetYi", "1000", "targetYear", "2027", "reason", "idor matrix"), true));
        MATRIX.put("GET /api/v1/clusters/taxonomy/versions", new Endpoint(CITY_ROLES));
        MATRIX.put("GET /clusters", new Endpoint(ALL));
        MATRIX.put("GET /clusters/{code}", new Endpoint(ALL));
        MATRIX.put("GET /clusters/placements", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/clusters", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/clusters?format", Endpoint.query(EXPORT, "format=csv"));
        MATRIX.put("GET /api/v1/clusters/{code}", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/clusters/{code}?format", Endpoint.query(EXPORT, "format=csv&table=top"));
        MATRIX.put("GET /api/v1/clusters/placements", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/clusters/placements?format", Endpoint.query(EXPORT, "format=csv"));
        MATRIX.put("GET /regions/{code}", new Endpoint(ALL));
        MATRIX.put("GET /regions/compare", Endpoint.query(ALL, "codes=500112,500107"));
        MATRIX.put("GET /league", new Endpoint(ALL));
        MATRIX.put("GET /map", new Endpoint(ALL));
        MATRIX.put("GET /screen", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/regions/{code}/summary", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/regions/{code}/summary?format", Endpoint.query(EXPORT, "format=csv"));
        MATRIX.put("GET /api/v1/regions/figures", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/regions/figures?format", Endpoint.query(EXPORT, "format=csv"));
        MATRIX.put("GET /api/v1/regions/compare", Endpoint.query(ALL, "codes=500112,500107"));
        MATRIX.put("GET /api/v1/regions/compare?format", Endpoint.query(EXPORT, "codes=500112,500107&format=csv"));
        MATRIX.put("GET /api/v1/league/districts", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/league/districts?format", Endpoint.query(EXPORT, "format=csv"));
        MATRIX.put("GET /api/v1/map/chongqing-districts", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/map/functional-zones", new Endpoint(ALL));
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
        MATRIX.put("POST /portal/appeals/result", new Endpoint("403 403 403 403 ok 403", Map.of("run", "{id}", "reason", "idor matrix"), true));
        MATRIX.put("GET /appeals", new Endpoint(ALL));
        MATRIX.put("GET /appeals/{id}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /api/v1/appeals", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/appeals/{id}", new Endpoint(CITY_ONLY));
        MATRIX.put("GET /appeals/{id}/evidence/{evidenceId}", new Endpoint(CITY_ONLY));
        MATRIX.put("POST /appeals/{id}/forward", new Endpoint("403 403 404 403 403 403", Map.of("note", "idor"), true));
        MATRIX.put("POST /appeals/{id}/reject", new Endpoint("ok 403 404 403 403 403", Map.of("note", "idor"), true));
        MATRIX.put("POST /appeals/{id}/accept", new Endpoint(ADMIN_ONLY, Map.of("note", "idor"), true));
        // Notifications: each user reads and marks only its own; {id} is someone else's notification (t-target's), never found.
        MATRIX.put("GET /notifications", new Endpoint(ALL));
        MATRIX.put("POST /notifications/{id}/read", new Endpoint("404 404 404 404 404 404"));
        MATRIX.put("POST /notifications/read-all", new Endpoint(ALL));
        MATRIX.put("GET /api/v1/notifications", new Endpoint(ALL));
        MATRIX.put("POST /api/v1/notifications/{id}/read", new Endpoint("404 404 404 404 404 404", Map.of("json", "{}"), true));
        // springdoc
        MATRIX.put("GET /api/v1/openapi", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/openapi.yaml", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/openapi/swagger-config", new Endpoint(ALL, Map.of(), false));
        MATRIX.put("GET /api/v1/docs", new Endpoint(ALL, Map.of(), false));
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    private static final Map<CreditCode, long[]> APPEALS = new LinkedHashMap<>();
    private static long foreignTokenId;
    private static long foreignNotificationId;
    private static long batchId;
    private static String jobId;
    private static long runId;
    private static long otherRunId;
    private static final Path OWN_DIR;
    private static final byte[] TAX_2024 = ("统一社会信用代码,纳税人名称,税款所属年度,实缴税额合计(万元)\n"
            + TestCity.A.value() + ",长鑫,2024,310\n" + TestCity.B.value() + ",九龙,2024,88\n"
            + TestCity.code("500112", "9999999").value() + ",查无此企业,2024,5\n").getBytes(StandardCharsets.UTF_8);

    static {
        try {
            OWN_DIR = Files.createTempDirectory("muyield-idortest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its own database: the matrix imports a batch and stores runs, which other web tests must not see. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add(OWN_DB_URL, () -> "jdbc:duckdb:" + OWN_DIR.resolve("muyield.duckdb"));
        registry.add(OWN_DATA_DIR, OWN_DIR::toString);
    }

    @Autowired
    io.muyield.app.imports.ImportJobs jobs;

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
                NotificationRepository notifications = new NotificationRepository(database);
                notifications.add(List.of("t-target"), "APPEAL_FILED", "appeal:" + APPEALS.get(TestCity.B)[0], "identity.notification.APPEAL_FILED",
                        List.of("0", "重庆九龙显示科技有限公司", TestCity.B.value(), "2023", "field:tax", ""), "test", LocalDateTime.now());
                foreignNotificationId = notifications.of("t-target", false, 1).get(0).id();
                foreignTokenId = new ApiTokenRepository(database).insert("t-target", "someone else's", "idor-hash-" + System.nanoTime(), LocalDateTime.now());
                // A real import batch (tax 2024 of A and B, one refused row) and two real runs over 2023 (shandong-style then chongqing-2023, so ranks move).
                try {
                    Path file = OWN_DIR.resolve("tax_2024.csv");
                    Files.write(file, TAX_2024);
                    ImportReport report = new DepartmentImport(database).run(new DepartmentImport.Request(List.of(file), 2024, Optional.of("tax"), "test"),
                            line -> { });
                    assertThat(report.committed()).as(report.toString()).isTrue();
                    batchId = report.files().get(0).batchId().orElseThrow();
                    Path upload = Files.createTempDirectory(OWN_DIR, "job");
                    jobId = jobs.submit("t-target", upload, List.of(Files.copy(file, upload.resolve("tax_2024.csv"))), 2024, Optional.of("tax")).id();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                RunCreation runs = new RunCreation(database);
                otherRunId = runs.create(SchemeText.resolve("shandong-style"), 2023, "test", Optional.empty()).run().id();
                runId = runs.create(SchemeText.resolve("chongqing-2023"), 2023, "test", Optional.empty()).run().id();
                // both past DRAFT, so the enterprise user sees them (a DRAFT run is not found for enterprises)
                var publications = new io.muyield.store.evaluation.PublicationRepository(database);
                LocalDateTime now = LocalDateTime.now();
                publications.move(otherRunId, io.muyield.store.evaluation.PublicationState.DRAFT, io.muyield.store.evaluation.PublicationState.FINAL,
                        Optional.empty(), "test", now);
                publications.move(runId, io.muyield.store.evaluation.PublicationState.DRAFT, io.muyield.store.evaluation.PublicationState.PUBLISHED,
                        Optional.of(now.toLocalDate().plusDays(15)), "test", now);
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
            String params = info.getParamsCondition().getExpressions().isEmpty() ? ""
                    : "?" + String.join("&", info.getParamsCondition().getExpressions().stream().map(Object::toString).sorted().toList());
            for (String pattern : info.getPatternValues()) {
                for (String m : methods) {
                    all.add(m + " " + pattern + params);
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
            String pattern = e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceFirst("\\?.*", "");
            for (Who who : Who.values()) {
                String expect = expected[who.ordinal()];
                if (expect.equals("-")) {
                    continue;
                }
                CreditCode foreign = who.foreign();
                String path = pattern.replace("{creditCode}", foreign.value()).replace("{code}", code(pattern, foreign))
                        .replace("{username}", "t-target").replace("{evidenceId}", Long.toString(APPEALS.get(foreign)[1]))
                        .replace("{otherId}", Long.toString(otherRunId)).replace("{jobId}", jobId).replace("{id}", id(pattern, foreign))
                        + (e.getValue().query().isEmpty() ? "" : "?" + e.getValue().query());
                FormSession s = sessions.get(who);
                HttpResponse<String> r;
                if (method.equals("GET")) {
                    r = s.get(path);
                } else if (pattern.startsWith("/portal/appeals")) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    e.getValue().fields().forEach((k, v) -> fields.put(k, v.replace("{id}", Long.toString(runId))));
                    r = s.postMultipart(path, fields, "evidence", Map.of("e.png", PNG));
                } else if (pattern.endsWith("/imports") || pattern.endsWith("/imports/jobs")) {
                    r = s.postMultipart(path, e.getValue().fields(), "files", Map.of("tax_2024.csv", TAX_2024));
                } else if (e.getValue().fields().containsKey("json")) {
                    r = s.postJson(path, e.getValue().fields().get("json"));
                } else {
                    Map<String, String> fields = new LinkedHashMap<>();
                    e.getValue().fields().forEach((k, v) -> fields.put(k, v.replace("{id}", Long.toString(runId))));
                    r = s.post(path, fields);
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
        // Marking another user's notification read is "not found", never a mark.
        assertThat(new NotificationRepository(database).find(foreignNotificationId, "t-target").orElseThrow().unread()).isTrue();
        assertThat(new ApiTokenRepository(database).of("t-target").stream().filter(t -> t.id() == foreignTokenId).findFirst().orElseThrow().active()).isTrue();
    }

    /** The record an {id} stands for: a run, an import batch, someone else's notification, the foreign enterprise's appeal, or someone else's token. */
    private static String id(String pattern, CreditCode foreign) {
        if (pattern.contains("/runs/")) {
            return Long.toString(runId);
        }
        if (pattern.contains("/imports/")) {
            return Long.toString(batchId);
        }
        if (pattern.contains("/notifications/")) {
            return Long.toString(foreignNotificationId);
        }
        return Long.toString(pattern.contains("/appeals/") ? APPEALS.get(foreign)[0] : foreignTokenId);
    }

    /** A {code}: the cluster of the foreign enterprise's industry (A 3612 → C01, B 3974 → C07), else its district. */
    private static String code(String pattern, CreditCode foreign) {
        if (pattern.contains("/clusters/")) {
            return foreign.equals(TestCity.A) ? "C01" : "C07";
        }
        return foreign.equals(TestCity.A) ? "500112" : "500107";
    }

    private static boolean leaks(String body, CreditCode foreign) {
        String name = foreign.equals(TestCity.A) ? "重庆长鑫汽车零部件有限公司" : "重庆九龙显示科技有限公司";
        return body.contains(foreign.value()) || body.contains(name);
    }
}
