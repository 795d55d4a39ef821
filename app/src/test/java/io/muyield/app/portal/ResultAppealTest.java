package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.evaluation.RunRepository;
import io.muyield.store.evaluation.StoredRun;
import io.muyield.store.notification.Notification;
import io.muyield.store.notification.NotificationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appeal against a result (not a fact): filed from the portal while the run is in its notice period, reviewed by
 * the district, decided by the city; accepted, the run appealed against is evaluated again as a new run version.
 */
class ResultAppealTest extends WebTest {

    /** Its own database: it counts the runs and notifications it causes. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-resultappealtest");
    }

    @Test
    void anEnterpriseContestsItsResultAndTheAcceptedAppealReEvaluatesTheRun() throws Exception {
        TestUsers.ensure(database);
        long run = TestRuns.published(database, 2023);
        FormSession a = signedIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        FormSession yubei = signedIn(TestUsers.YUBEI, TestUsers.PASSWORD);
        FormSession admin = signedIn("admin", ADMIN_PASSWORD);

        assertThat(a.get("/portal").body()).contains("id=\"result-appeal-form\"").contains("name=\"run\" value=\"" + run + "\"");
        HttpResponse<String> filed = a.postMultipart("/portal/appeals/result", Map.of("run", Long.toString(run), "reason", "the class ignores our new line"),
                "evidence", Map.of("proof.pdf", "%PDF-1.4 proof".getBytes()));
        String location = filed.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/appeals/\\d+$");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // one open appeal per result; a DRAFT run (invisible to the enterprise) takes none, with the same one line
        assertThat(a.postMultipart("/portal/appeals/result", Map.of("run", Long.toString(run), "reason", "once more"), "evidence", Map.of())
                .headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(a.get("/portal").body()).contains("an appeal against your result in run #" + run + " is still open");
        long draft = TestRuns.draft(database, "chongqing-2023", 2023, "test");
        a.postMultipart("/portal/appeals/result", Map.of("run", Long.toString(draft), "reason", "draft run"), "evidence", Map.of());
        assertThat(a.get("/portal").body()).contains("appeals against the result of run #" + draft + " are accepted only while it is published");

        JsonNode json = new ApiClient(port, TestUsers.ENTERPRISE_A, TestUsers.PASSWORD).getJson("/api/v1/appeals/" + id).path("appeal");
        assertThat(json.path("field").asText()).isEqualTo("result");
        assertThat(json.path("runId").asLong()).isEqualTo(run);
        assertThat(json.path("claimedValue").isNull()).isTrue();
        assertThat(new ApiClient(port, TestUsers.ENTERPRISE_B, TestUsers.PASSWORD).status("/api/v1/appeals/" + id)).isEqualTo(404);
        assertThat(yubei.get("/appeals/" + id).body()).contains("id=\"appeal-result-run\"").contains("/runs/" + run + "/enterprises/" + TestCity.A.value());
        assertThat(yubei.get("/appeals").body()).contains("评价结果 #" + run);

        assertThat(yubei.post("/appeals/" + id + "/forward", Map.of("note", "to the city")).statusCode()).isEqualTo(302);
        assertThat(admin.post("/appeals/" + id + "/accept", Map.of("note", "re-evaluate")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/appeals/" + id).body()).contains("data-status=\"ACCEPTED\"").doesNotContain("id=\"appeal-batch\"");

        List<StoredRun> children = new RunRepository(database).runs().stream().filter(r -> r.parentRunId().equals(Optional.of(run))).toList();
        assertThat(children).hasSize(1);
        long child = children.get(0).id();
        assertThat(new AuditRepository(database).about("appeal:" + id)).extracting(e -> e.action())
                .containsExactly("APPEAL_FILED", "APPEAL_FORWARDED", "APPEAL_ACCEPTED", "APPEAL_REEVALUATED");
        NotificationRepository notifications = new NotificationRepository(database);
        assertThat(notifications.about("run:" + child)).extracting(Notification::kind).containsOnly("APPEAL_CORRECTION_RUN").isNotEmpty();
        assertThat(notifications.about("appeal:" + id)).extracting(Notification::kind).contains("APPEAL_FILED", "APPEAL_FORWARDED", "APPEAL_ACCEPTED");
        assertThat(a.get("/notifications").body()).contains("异议 #" + id + "：重庆长鑫汽车零部件有限公司（" + TestCity.A.value() + "）2023 年“评价结果”被市级采纳");
    }
}
