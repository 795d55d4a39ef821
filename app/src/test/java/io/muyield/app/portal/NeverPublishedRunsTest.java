package io.muyield.app.portal;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs that were never published (every run of a database from before notice periods) stay DRAFT until the administrator acts. */
class NeverPublishedRunsTest extends WebTest {

    /** Its own database: it makes a 2023 run visible to enterprises, which other tests expect not to be. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-neverpublishedtest");
    }

    /**
     * A database from before notice periods holds runs that were never published: they stay DRAFT (enterprise users do
     * not see them), the runs page lists them for the administrator, and one action records the ticked ones as final.
     */
    @Test
    void theAdministratorSeesTheRunsNeverPublishedAndRecordsTheTickedOnesAsFinal() throws Exception {
        TestUsers.ensure(database);
        long old = TestRuns.draft(database, "chongqing-2023", 2023, "legacy");
        long kept = TestRuns.draft(database, "shandong-style", 2023, "legacy");
        FormSession admin = signedIn("admin", ADMIN_PASSWORD);
        FormSession analyst = signedIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        FormSession a = signedIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);

        String page = admin.get("/runs").body();
        assertThat(page).contains("id=\"never-published\"").contains("name=\"run\" value=\"" + old + "\"").contains("name=\"run\" value=\"" + kept + "\"");
        assertThat(analyst.get("/runs").body()).doesNotContain("id=\"never-published\"");
        assertThat(a.get("/runs/" + old).statusCode()).isEqualTo(404);
        assertThat(analyst.post("/runs/publication/final", Map.of("run", Long.toString(old))).statusCode()).isEqualTo(403);
        assertThat(admin.post("/runs/publication/final", Map.of("run", Long.toString(old))).statusCode()).isEqualTo(302);

        assertThat(new PublicationRepository(database).of(old).state()).isEqualTo(PublicationState.FINAL);
        assertThat(new PublicationRepository(database).of(kept).state()).isEqualTo(PublicationState.DRAFT);
        assertThat(admin.get("/runs").body()).doesNotContain("name=\"run\" value=\"" + old + "\"").contains("name=\"run\" value=\"" + kept + "\"");
        assertThat(a.get("/runs/" + old).statusCode()).isEqualTo(200);
        assertThat(a.get("/runs/" + kept).statusCode()).isEqualTo(404);
        assertThat(new AuditRepository(database).about("run:" + old)).extracting(e -> e.details()).contains("DRAFT → FINAL");
        // a second tick of a run no longer DRAFT changes nothing
        assertThat(admin.post("/runs/publication/final", Map.of("run", Long.toString(old))).statusCode()).isEqualTo(302);
        assertThat(new PublicationRepository(database).history(old)).hasSize(1);
    }
}
