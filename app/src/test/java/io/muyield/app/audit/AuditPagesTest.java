package io.muyield.app.audit;

import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's view: enterprise detail views are in the trail, and the verify button finds an edited row. */
class AuditPagesTest extends WebTest {

    @Test
    void anEnterpriseViewIsAuditedAndTheAuditorFindsAnEditedEntry() throws Exception {
        TestUsers.ensure(database);
        FormSession yubei = new FormSession(port);
        yubei.signIn(TestUsers.YUBEI, TestUsers.PASSWORD);
        assertThat(yubei.get("/enterprises/" + TestCity.A.value()).statusCode()).isEqualTo(200);
        AuditRepository audit = new AuditRepository(database);
        List<AuditEntry> views = audit.about(TestCity.A.value());
        assertThat(views).isNotEmpty();
        AuditEntry view = views.get(views.size() - 1);
        assertThat(view.actor()).isEqualTo(TestUsers.YUBEI);
        assertThat(view.action()).isEqualTo("ENTERPRISE_VIEW");

        FormSession own = new FormSession(port);
        own.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        assertThat(own.get("/portal").statusCode()).isEqualTo(200);
        List<AuditEntry> afterPortal = audit.about(TestCity.A.value());
        assertThat(afterPortal.get(afterPortal.size() - 1).actor()).isEqualTo(TestUsers.ENTERPRISE_A);

        FormSession auditor = new FormSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/audit?action=ENTERPRISE_VIEW").body()).contains(TestCity.A.value());
        assertThat(auditor.post("/audit/verify", Map.of()).body()).contains("id=\"verify-result\"").contains("OK: audit chain of");

        database.jdbc().update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", view.seq());
        try {
            String page = auditor.post("/audit/verify", Map.of()).body();
            assertThat(page).contains("BROKEN at entry " + view.seq() + ": its content was changed after it was written");
        } finally {
            database.jdbc().update("UPDATE audit_entry SET actor = ? WHERE seq = ?", view.actor(), view.seq());
        }
        assertThat(audit.verify().ok()).isTrue();
    }
}
