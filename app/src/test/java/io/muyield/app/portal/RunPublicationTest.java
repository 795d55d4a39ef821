package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.FormSession;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice period (公示) of a run: the administrator moves it DRAFT → PUBLISHED → CLOSED → FINAL, audited and kept as
 * history; enterprise users do not see a DRAFT run; appeals are accepted only while a run of the year holding the
 * enterprise is PUBLISHED and before its notice end.
 */
class RunPublicationTest extends WebTest {

    private static final String REFUSED = "不在公示期内，不受理异议 — appeals are accepted only while an evaluation run of 2023";

    /** Its own database: the test needs a year without any published run. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-publicationtest");
    }

    @Test
    void theAdministratorPublishesClosesAndFinalisesARunAndAppealsFollow() throws Exception {
        TestUsers.ensure(database);
        long run = TestRuns.draft(database, "chongqing-2023", 2023, "test");
        FormSession admin = signedIn("admin", ADMIN_PASSWORD);
        FormSession analyst = signedIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        FormSession a = signedIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);

        // DRAFT: other roles see it, the enterprise does not, and no appeal is accepted.
        assertThat(analyst.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(admin.get("/runs/" + run).body()).contains("data-state=\"DRAFT\"").contains("id=\"publish-form\"");
        assertThat(analyst.get("/runs/" + run).body()).doesNotContain("id=\"publish-form\"");
        assertThat(a.get("/runs/" + run).statusCode()).isEqualTo(404);
        assertThat(a.get("/api/v1/runs/" + run + "/results").statusCode()).isEqualTo(404);
        assertThat(a.get("/api/v1/runs/" + run + "/publication").statusCode()).isEqualTo(404);
        assertThat(a.get("/api/v1/runs").body()).doesNotContain("\"id\":" + run);
        assertThat(a.get("/runs").body()).doesNotContain("/runs/" + run + "\"");
        assertThat(a.get("/portal").body()).contains("id=\"portal-no-result\"");
        assertThat(a.get("/api/v1/clusters/C01?year=2023").body()).contains("\"latestRun\":null");
        assertThat(api().getJson("/api/v1/clusters/C01?year=2023").path("latestRun").path("runId").asLong()).isEqualTo(run);
        assertThat(appeal(a, "tax")).endsWith("/portal");
        assertThat(a.get("/portal").body()).contains(REFUSED);

        // Only the administrator moves it; publishing needs an end date that is not past.
        String end = LocalDate.now(ZoneOffset.UTC).plusDays(15).toString();
        assertThat(analyst.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"PUBLISHED\", \"noticeEnd\": \"" + end + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(a.post("/runs/" + run + "/publication", Map.of("state", "PUBLISHED", "noticeEnd", end)).statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"PUBLISHED\"}").statusCode()).isEqualTo(400);
        assertThat(admin.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"PUBLISHED\", \"noticeEnd\": \""
                + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> published = admin.postJson("/api/v1/runs/" + run + "/publication",
                "{\"state\": \"PUBLISHED\", \"noticeEnd\": \"" + end + "\"}");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"state\":\"PUBLISHED\"").contains("\"noticeEnd\":\"" + end + "\"").contains("\"appealsOpen\":true");

        // PUBLISHED: the enterprise sees the run, its state and end date, and may appeal.
        assertThat(a.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(a.get("/runs").body()).contains("/runs/" + run + "\"");
        assertThat(a.get("/api/v1/clusters/C01?year=2023").body()).contains("\"runId\":" + run);
        String portal = a.get("/portal").body();
        assertThat(portal).contains("id=\"portal-publication\"").contains("data-state=\"PUBLISHED\"").contains(end).contains("公示中");
        assertThat(appeal(a, "tax")).matches(".*/appeals/\\d+$");

        // Backwards is refused; the page button closes it; then no appeal is accepted.
        assertThat(admin.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"DRAFT\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/runs/" + run + "/publication", Map.of("state", "CLOSED")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/runs/" + run).body()).contains("data-state=\"CLOSED\"").contains("id=\"final-form\"").contains(end);
        assertThat(admin.post("/runs/" + run + "/publication", Map.of("state", "PUBLISHED", "noticeEnd", end)).statusCode()).isEqualTo(302);
        assertThat(admin.get("/runs/" + run).body()).contains("data-state=\"CLOSED\"").contains("moves only forward");
        assertThat(appeal(a, "output")).endsWith("/portal");
        assertThat(a.get("/portal").body()).contains(REFUSED);
        assertThat(a.get("/runs/" + run).statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"FINAL\"}").statusCode()).isEqualTo(200);

        JsonNode history = api().getJson("/api/v1/runs/" + run + "/publication");
        assertThat(history.path("state").asText()).isEqualTo("FINAL");
        assertThat(history.path("appealsOpen").asBoolean()).isFalse();
        assertThat(history.path("history")).hasSize(3);
        assertThat(history.path("history").get(0).path("from").asText()).isEqualTo("DRAFT");
        assertThat(history.path("history").get(0).path("to").asText()).isEqualTo("PUBLISHED");
        assertThat(history.path("history").get(1).path("to").asText()).isEqualTo("CLOSED");
        assertThat(history.path("history").get(2).path("to").asText()).isEqualTo("FINAL");
        assertThat(history.path("history").get(2).path("actor").asText()).isEqualTo("admin");
        assertThat(new AuditRepository(database).about("run:" + run)).filteredOn(e -> e.action().equals("RUN_PUBLICATION"))
                .extracting(e -> e.details()).containsExactlyInAnyOrder("DRAFT → PUBLISHED, notice until " + end,
                        "PUBLISHED → CLOSED, notice until " + end, "CLOSED → FINAL, notice until " + end);

        // A published run whose notice period has ended takes no appeal either.
        long late = TestRuns.draft(database, "chongqing-2023", 2023, "test");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        new PublicationRepository(database).move(late, PublicationState.DRAFT, PublicationState.PUBLISHED,
                Optional.of(now.toLocalDate().minusDays(1)), "test", now);
        assertThat(appeal(a, "water")).endsWith("/portal");
        assertThat(a.get("/portal").body()).contains(REFUSED);
    }

    /** Files an appeal as the enterprise user; returns where it was sent (the appeal, or back to the portal). */
    private static String appeal(FormSession session, String field) throws Exception {
        return session.postMultipart("/portal/appeals", Map.of("field", field, "year", "2023", "claimed", "12", "reason", "publication test"),
                "evidence", Map.of()).headers().firstValue("Location").orElseThrow();
    }
}
