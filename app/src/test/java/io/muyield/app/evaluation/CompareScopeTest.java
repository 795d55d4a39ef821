package io.muyield.app.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.evaluation.scheme.SchemePresets;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run comparison of a district officer holds only its district: enterprises outside it that DO change class
 * between the two runs appear neither among the movers nor in the transition counts.
 */
class CompareScopeTest extends WebTest {

    /** Its own database: it corrects B's and A's facts between two runs. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-comparescopetest");
    }

    @Test
    void aDistrictOfficersComparisonHoldsNoEnterpriseOutsideItsDistrictEvenWhenTheyMoveClass(@TempDir Path dir) throws Exception {
        TestUsers.ensure(database);
        RunCreation runs = new RunCreation(database);
        // chongqing-2023 classes by quota within each district, which puts TestCity's one classed firm per district in D
        // whatever it scores; classes by score thresholds let firms move class.
        String text = SchemePresets.text("chongqing-2023").replace("scheme: chongqing-2023", "scheme: compare-scope-test")
                .replaceAll("(?s)classification:.*", """
                        classification:
                          method: thresholds
                          within: district
                          unclassified: 只评价未分档
                          classes:
                            - {id: A, name: A类, min_score: 60}
                            - {id: B, name: B类, min_score: 30}
                            - {id: C, name: C类, min_score: 10}
                            - {id: D, name: D类}
                        """);
        Path schemeFile = dir.resolve("compare-scope-test.yaml");
        Files.writeString(schemeFile, text);
        SchemeText scheme = SchemeText.resolve(schemeFile.toString());
        long before = runs.create(scheme, 2023, "test", Optional.empty()).run().id();
        // B (九龙坡) climbs from the bottom to the top, A (渝北) falls: both change class.
        new FactBatchWriter(database).write(BatchDescription.of("tax", "test").withYear(2023).withFile("compare-scope", null).withoutScaleFlag(), List.of(),
                List.of(new YearlyFacts(TestCity.B, 2023, true, Map.of(FactField.TAX, new FactValue(new BigDecimal("90000"), 0),
                                FactField.VALUE_ADDED, new FactValue(new BigDecimal("400000"), 0))),
                        new YearlyFacts(TestCity.A, 2023, true, Map.of(FactField.TAX, new FactValue(new BigDecimal("1"), 0),
                                FactField.VALUE_ADDED, new FactValue(new BigDecimal("2"), 0)))));
        long after = runs.create(scheme, 2023, "test", Optional.empty()).run().id();
        String path = "/api/v1/runs/" + before + "/compare/" + after + "?movers=200";

        // The city sees B and A move class (the precondition: otherwise this test proves nothing).
        JsonNode city = api().getJson(path);
        assertThat(moverClasses(city, TestCity.B)).as("B moves class").matches(c -> !c[0].equals(c[1]));
        assertThat(moverClasses(city, TestCity.A)).as("A moves class").matches(c -> !c[0].equals(c[1]));
        assertThat(total(city)).isEqualTo(4);

        // 渝北 (A, C, D): B is nowhere; the transition matrix counts its three enterprises only.
        JsonNode yubei = new ApiClient(port, TestUsers.YUBEI, TestUsers.PASSWORD).getJson(path);
        assertThat(yubei.toString()).doesNotContain(TestCity.B.value()).doesNotContain("重庆九龙显示科技有限公司");
        assertThat(codes(yubei)).isNotEmpty().doesNotContain(TestCity.B.value()).contains(TestCity.A.value());
        assertThat(total(yubei)).isEqualTo(3);
        assertThat(yubei.path("transitions").path("changed").asLong()).isEqualTo(city.path("transitions").path("changed").asLong() - 1);
        // 九龙坡 (B only): A, C, D are nowhere.
        JsonNode jiulongpo = new ApiClient(port, TestUsers.JIULONGPO, TestUsers.PASSWORD).getJson(path);
        assertThat(codes(jiulongpo)).containsExactly(TestCity.B.value());
        assertThat(total(jiulongpo)).isEqualTo(1);
        assertThat(jiulongpo.path("transitions").path("changed").asLong()).isEqualTo(1);
        for (CreditCode outside : List.of(TestCity.A, TestCity.C, TestCity.D)) {
            assertThat(jiulongpo.toString()).doesNotContain(outside.value());
        }
        // the comparison page as well
        io.muyield.app.FormSession page = new io.muyield.app.FormSession(port);
        assertThat(page.signIn(TestUsers.YUBEI, TestUsers.PASSWORD)).doesNotContain("/login");
        String html = page.get("/runs/" + after + "/compare?with=" + before).body();
        assertThat(html).contains(TestCity.A.value()).doesNotContain(TestCity.B.value()).doesNotContain("重庆九龙显示科技有限公司");
    }

    /** An enterprise's result shows its indicator inputs (sensitive fields): each view is audited, a refused one is not. */
    @Test
    void viewingAnEnterprisesResultIsAudited() throws Exception {
        TestUsers.ensure(database);
        long run = TestRuns.draft(database, "chongqing-2023", 2023, "test");
        io.muyield.store.audit.AuditRepository audit = new io.muyield.store.audit.AuditRepository(database);
        long before = audit.about(TestCity.A.value()).size();
        ApiClient analyst = new ApiClient(port, TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.status("/api/v1/runs/" + run + "/results/" + TestCity.A.value())).isEqualTo(200);
        assertThat(analyst.status("/runs/" + run + "/enterprises/" + TestCity.A.value())).isEqualTo(200);
        assertThat(new ApiClient(port, TestUsers.JIULONGPO, TestUsers.PASSWORD).status("/api/v1/runs/" + run + "/results/" + TestCity.A.value()))
                .isEqualTo(404);
        assertThat(audit.about(TestCity.A.value()).subList((int) before, audit.about(TestCity.A.value()).size()))
                .extracting(io.muyield.store.audit.AuditEntry::actor, io.muyield.store.audit.AuditEntry::action, io.muyield.store.audit.AuditEntry::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TestUsers.ANALYST, "ENTERPRISE_VIEW", "run #" + run + ": result, explanation, indicator inputs"),
                        org.assertj.core.groups.Tuple.tuple(TestUsers.ANALYST, "ENTERPRISE_VIEW", "run #" + run + ": result, explanation, indicator inputs"));
    }

    private static String[] moverClasses(JsonNode comparison, CreditCode code) {
        for (JsonNode m : comparison.path("movers")) {
            if (m.path("creditCode").asText().equals(code.value())) {
                return new String[]{m.path("classBefore").asText(), m.path("classAfter").asText()};
            }
        }
        throw new AssertionError(code.value() + " is not among the movers of " + comparison);
    }

    private static List<String> codes(JsonNode comparison) {
        return java.util.stream.StreamSupport.stream(comparison.path("movers").spliterator(), false).map(m -> m.path("creditCode").asText()).toList();
    }

    private static long total(JsonNode comparison) {
        long n = 0;
        for (JsonNode row : comparison.path("transitions").path("counts")) {
            for (JsonNode c : row) {
                n += c.asLong();
            }
        }
        return n;
    }
}
