package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.query.Condition;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal shows the enterprise's latest result in full (the same explanation and health report the run pages show)
 * and its results over the runs; and the downloads and run creations of the other features leave audit entries.
 */
class PortalResultsTest extends WebTest {

    private static long runId;

    /** Its own database: the test accepts an appeal (a corrected fact) and stores runs, which other web tests must not see. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-portaltest");
    }

    @BeforeEach
    void aRun() {
        TestUsers.ensure(database);
        synchronized (PortalResultsTest.class) {
            if (runId == 0) {
                runId = TestRuns.draft(database, "chongqing-2023", 2023, "test");
                TestRuns.publish(database, runId);
            }
        }
    }

    @Test
    void thePortalShowsTheLatestResultWithItsExplanationHealthReportAndHistory() throws Exception {
        // The newest run over the latest year that enterprises see (not DRAFT) is the one shown; other tests may store runs after ours.
        long latest = 0;
        var publications = new io.muyield.store.evaluation.PublicationRepository(database);
        for (JsonNode r : api().getJson("/api/v1/runs")) {
            if (r.path("year").asInt() == 2023 && publications.of(r.path("id").asLong()).state().visibleToEnterprises()) {
                latest = Math.max(latest, r.path("id").asLong());
            }
        }
        JsonNode unit = api().getJson("/api/v1/runs/" + latest + "/results/" + TestCity.A.value());
        FormSession a = signedIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        HttpResponse<String> page = a.get("/portal");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("id=\"portal-result\"").contains("id=\"explanation\"").contains("id=\"health\"")
                .doesNotContain("id=\"portal-no-result\"");
        assertThat(html).contains("#" + latest);
        for (JsonNode line : unit.path("explanationZh")) {
            assertThat(html).contains(escaped(line.asText()));
        }
        for (JsonNode line : unit.path("health").path("linesZh")) {
            assertThat(html).contains(escaped(line.asText()));
        }
        assertThat(html).contains("data-run=\"" + runId + "\"").contains("data-run=\"" + latest + "\"");
        assertThat(html).doesNotContain(TestCity.B.value()).doesNotContain("重庆九龙显示科技有限公司");
        FormSession b = signedIn(TestUsers.ENTERPRISE_B, TestUsers.PASSWORD);
        assertThat(b.get("/portal").body()).contains("id=\"portal-result\"").doesNotContain(TestCity.A.value());
    }

    @Test
    void downloadsAndRunsAreAudited() throws Exception {
        FormSession analyst = signedIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.get("/api/v1/runs/" + runId + "/export?format=csv&district=500112").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/clusters?format=csv&year=2023").statusCode()).isEqualTo(200);
        FormSession park = signedIn(TestUsers.PARK, TestUsers.PASSWORD);
        assertThat(park.get("/api/v1/runs/" + runId + "/export?format=csv").statusCode()).isEqualTo(403);
        // The pages offer downloads (and the what-if) only to those who may use them.
        assertThat(analyst.get("/runs/" + runId).body()).contains("id=\"export-csv\"").contains("id=\"what-if-link\"");
        assertThat(park.get("/runs/" + runId).body()).doesNotContain("id=\"export-csv\"").doesNotContain("id=\"what-if-link\"");
        assertThat(analyst.get("/clusters?year=2023").body()).contains("dl-csv");
        assertThat(park.get("/clusters?year=2023").body()).doesNotContain("dl-csv").doesNotContain("href=\"/imports\"");

        List<AuditEntry> exports = new AuditRepository(database).latest(50, "EXPORT");
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(TestUsers.ANALYST);
            assertThat(e.target()).isEqualTo("run:" + runId);
            assertThat(e.details()).contains("district=500112").contains("rows=3").contains(".csv");
        });
        assertThat(exports).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(TestUsers.ANALYST);
            assertThat(e.target()).isEqualTo("clusters-2023.csv");
            assertThat(e.details()).contains("year=2023").contains("rows=30");
        });
        assertThat(exports).noneSatisfy(e -> assertThat(e.actor()).isEqualTo(TestUsers.PARK));

        FormSession admin = signedIn("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/v1/runs", "{\"scheme\": \"chongqing-2023\", \"year\": 2023}").statusCode()).isEqualTo(201);
        assertThat(new AuditRepository(database).latest(5, "RUN")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.details()).contains("scheme=chongqing-2023").contains("preset chongqing-2023").contains("year=2023").contains("sha256 ");
        });
    }

    @Test
    void anAcceptedAppealReEvaluatesTheEnterpriseAsANewRunVersion() throws Exception {
        long parent = 0;
        for (JsonNode r : api().getJson("/api/v1/runs")) {
            if (r.path("year").asInt() == 2023) {
                parent = Math.max(parent, r.path("id").asLong());
            }
        }
        FormSession a = signedIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        String reason = "re-evaluation check " + System.nanoTime();
        assertThat(a.postMultipart("/portal/appeals", Map.of("field", "value_added", "year", "2023", "claimed", "2600", "reason", reason),
                "evidence", Map.of("e.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0})).statusCode()).isEqualTo(302);
        long appeal = new AppealRepository(database).list(Condition.all(), Optional.empty()).stream().filter(x -> x.reason().equals(reason))
                .findFirst().orElseThrow().id();
        FormSession district = signedIn(TestUsers.YUBEI, TestUsers.PASSWORD);
        assertThat(district.post("/appeals/" + appeal + "/forward", Map.of("note", "checked")).statusCode()).isEqualTo(302);
        FormSession admin = signedIn("admin", ADMIN_PASSWORD);
        assertThat(admin.post("/appeals/" + appeal + "/accept", Map.of("note", "agreed")).statusCode()).isEqualTo(302);

        JsonNode child = null;
        for (JsonNode r : api().getJson("/api/v1/runs")) {
            if (r.path("parentRunId").asLong() == parent) {
                child = r;
            }
        }
        assertThat(child).as("a run re-evaluating run " + parent).isNotNull();
        assertThat(child.path("year").asInt()).isEqualTo(2023);
        assertThat(child.path("schemeId").asText()).isEqualTo("chongqing-2023");
        assertThat(child.path("createdBy").asText()).isEqualTo("admin");
        long childId = child.path("id").asLong();
        // The new version evaluates the corrected value: A's value added per mu is now 2600 ÷ 20.
        assertThat(valueAddedPerMu(parent)).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(valueAddedPerMu(childId)).isCloseTo(130.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new AuditRepository(database).about("appeal:" + appeal)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("APPEAL_REEVALUATED");
            assertThat(e.details()).contains("run #" + childId);
        });
        // The corrected run starts as a DRAFT: the enterprise sees it once the administrator publishes it.
        assertThat(a.get("/portal").body()).doesNotContain("data-run=\"" + childId + "\"");
        assertThat(a.get("/runs/" + childId).statusCode()).isEqualTo(404);
        assertThat(admin.postJson("/api/v1/runs/" + childId + "/publication", "{\"state\": \"PUBLISHED\", \"noticeEnd\": \""
                + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(10) + "\"}").statusCode()).isEqualTo(200);
        String portal = a.get("/portal").body();
        assertThat(portal).contains("data-run=\"" + childId + "\"").contains("← #" + parent).contains("#" + childId);
    }

    /** A's 亩均增加值 in a run (万元 per 亩: value added ÷ land). */
    private double valueAddedPerMu(long run) throws Exception {
        for (JsonNode i : api().getJson("/api/v1/runs/" + run + "/results/" + TestCity.A.value()).path("indicators")) {
            if (i.path("formula").asText().contains("value_added") && i.path("formula").asText().contains("land")) {
                return i.path("value").asDouble();
            }
        }
        throw new AssertionError("no value added per mu indicator in run " + run);
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
