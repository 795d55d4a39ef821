package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.appeal.AppealStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/appeals}: scoped like the pages, with the history and the evidence's metadata (never its bytes). */
class AppealApiTest extends WebTest {

    @Test
    void aDistrictOfficerReadsTheAppealsOfItsDistrictOnly() throws Exception {
        TestUsers.ensure(database);
        AppealRepository appeals = new AppealRepository(database);
        long onC = appeals.file(TestCity.C.value(), 2023, "land_owned", new BigDecimal("3"), new BigDecimal("2.5"), "surveyed again", "t",
                LocalDateTime.now(), List.of(new AppealRepository.NewEvidence("survey.pdf", "application/pdf", "0".repeat(64), "%PDF-1.4".getBytes())));
        appeals.advance(onC, AppealStatus.FILED, AppealStatus.FORWARDED, TestUsers.YUBEI, LocalDateTime.now(), "ok", Optional.empty());

        ApiClient yubei = new ApiClient(port, TestUsers.YUBEI, TestUsers.PASSWORD);
        JsonNode one = yubei.getJson("/api/v1/appeals/" + onC);
        assertThat(one.get("appeal").get("creditCode").asText()).isEqualTo(TestCity.C.value());
        assertThat(one.get("appeal").get("status").asText()).isEqualTo("FORWARDED");
        assertThat(one.get("appeal").get("claimedValue").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(one.get("history")).hasSize(2);
        assertThat(one.get("history").get(1).get("note").asText()).isEqualTo("ok");
        assertThat(one.get("evidence").get(0).get("fileName").asText()).isEqualTo("survey.pdf");
        assertThat(one.get("evidence").get(0).has("content")).isFalse();
        for (JsonNode a : yubei.getJson("/api/v1/appeals")) {
            assertThat(a.get("districtCode").asText()).isEqualTo("500112");
        }
        assertThat(new ApiClient(port, TestUsers.JIULONGPO, TestUsers.PASSWORD).status("/api/v1/appeals/" + onC)).isEqualTo(404);
        assertThat(new ApiClient(port, TestUsers.AUDITOR, TestUsers.PASSWORD).getJson("/api/v1/appeals")).isEmpty();
    }

    @Test
    void anEnterpriseCannotFileTwiceAgainstTheSameOpenFactAndEvidenceIsCheckedByContent() throws Exception {
        TestUsers.ensure(database);
        TestRuns.published(database, 2023);
        io.muyield.app.FormSession b = new io.muyield.app.FormSession(port);
        b.signIn(TestUsers.ENTERPRISE_B, TestUsers.PASSWORD);
        var fields = java.util.Map.of("field", "revenue", "year", "2023", "claimed", "4200", "reason", "revenue was left out");
        var first = b.postMultipart("/portal/appeals", fields, "evidence", java.util.Map.of());
        assertThat(first.headers().firstValue("Location").orElseThrow()).matches(".*/appeals/\\d+$");
        var second = b.postMultipart("/portal/appeals", fields, "evidence", java.util.Map.of());
        assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(b.get("/portal").body()).contains("an appeal against this fact (2023, revenue) is still open");
        var script = b.postMultipart("/portal/appeals", java.util.Map.of("field", "water", "year", "2023", "claimed", "1", "reason", "see file"),
                "evidence", java.util.Map.of("scan.pdf", "<script>alert(1)</script>".getBytes()));
        assertThat(script.headers().firstValue("Location").orElseThrow()).endsWith("/portal");
        assertThat(b.get("/portal").body()).contains("scan.pdf is not a PDF, PNG or JPEG file (checked by its content)");
    }
}
