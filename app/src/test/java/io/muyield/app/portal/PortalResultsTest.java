package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.RunCreation;
import io.muyield.app.evaluation.SchemeText;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

    @BeforeEach
    void aRun() {
        TestUsers.ensure(database);
        synchronized (PortalResultsTest.class) {
            if (runId == 0) {
                runId = new RunCreation(database).create(SchemeText.resolve("chongqing-2023"), 2023, "test", Optional.empty()).run().id();
            }
        }
    }

    @Test
    void thePortalShowsTheLatestResultWithItsExplanationHealthReportAndHistory() throws Exception {
        // The newest run over the latest year is the one shown; other web tests may have stored runs of 2023 after ours.
        long latest = 0;
        for (JsonNode r : api().getJson("/api/v1/runs")) {
            if (r.path("year").asInt() == 2023) {
                latest = Math.max(latest, r.path("id").asLong());
            }
        }
        JsonNode unit = api().getJson("/api/v1/runs/" + latest + "/results/" + TestCity.A.value());
        FormSession a = new FormSession(port);
        a.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
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
        FormSession b = new FormSession(port);
        b.signIn(TestUsers.ENTERPRISE_B, TestUsers.PASSWORD);
        assertThat(b.get("/portal").body()).contains("id=\"portal-result\"").doesNotContain(TestCity.A.value());
    }

    @Test
    void downloadsAndRunsAreAudited() throws Exception {
        FormSession analyst = new FormSession(port);
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.get("/api/v1/runs/" + runId + "/export?format=csv&district=500112").statusCode()).isEqualTo(200);
        assertThat(analyst.get("/api/v1/clusters?format=csv&year=2023").statusCode()).isEqualTo(200);
        FormSession park = new FormSession(port);
        park.signIn(TestUsers.PARK, TestUsers.PASSWORD);
        assertThat(park.get("/api/v1/runs/" + runId + "/export?format=csv").statusCode()).isEqualTo(403);

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

        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/v1/runs", "{\"scheme\": \"chongqing-2023\", \"year\": 2023}").statusCode()).isEqualTo(201);
        assertThat(new AuditRepository(database).latest(5, "RUN")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.details()).contains("scheme=chongqing-2023").contains("preset chongqing-2023").contains("year=2023").contains("sha256 ");
        });
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
