package io.muyield.app.imports;

import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enterprise page and the portal show an enterprise's tags and events of ACTIVE lists with their batch, within
 * the data scope (own database: the lists change what runs of the shared city would give).
 */
class StandingsPageTest extends WebTest {

    private static final Path OWN_DIR;

    static {
        try {
            OWN_DIR = Files.createTempDirectory("muyield-standingstest");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add(OWN_DB_URL, () -> "jdbc:duckdb:" + OWN_DIR.resolve("muyield.duckdb"));
        registry.add(OWN_DATA_DIR, OWN_DIR::toString);
    }

    private static long tags;
    private static long accidents;

    @BeforeEach
    void lists() throws IOException {
        TestUsers.ensure(database);
        synchronized (StandingsPageTest.class) {
            if (tags != 0) {
                return;
            }
            Path dir = Files.createTempDirectory(OWN_DIR, "lists");
            Path highTech = dir.resolve("high_tech_2023.csv");
            Files.write(highTech, List.of("企业名称,统一社会信用代码,证书编号,发证日期,有效期至",
                    "甲," + TestCity.A.value() + ",GR202251000777,2022-11-28,2025-11-27"), Charset.forName("GBK"));
            Path safety = dir.resolve("safety_accidents_2023.csv");
            Files.write(safety, List.of("事故单位,统一社会信用代码,事故发生日期,事故类型,事故等级,死亡人数",
                    "甲," + TestCity.A.value() + ",2023-08-08,火灾,较大事故,3"), StandardCharsets.UTF_8);
            ImportReport report = new DepartmentImport(database).run(new DepartmentImport.Request(List.of(highTech, safety), 2023,
                    Optional.empty(), "clerk"), line -> { });
            assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
            tags = report.files().get(0).batchId().orElseThrow();
            accidents = report.files().get(1).batchId().orElseThrow();
        }
    }

    @Test
    void theEnterprisePageShowsTagsAndEventsWithTheirBatch() throws Exception {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        String html = admin.get("/enterprises/" + TestCity.A.value()).body();
        assertThat(html).contains("id=\"standings-table\"", "高新技术企业", "GR202251000777，2022年认定，有效期至2025-11-27",
                "#" + tags + " high_tech_2023.csv", "生产安全事故（较大、一般）", "较大事故，火灾，死亡3人", "#" + accidents + " safety_accidents_2023.csv");
        assertThat(admin.get("/enterprises/" + TestCity.C.value()).body()).contains("id=\"standings-none\"");
        assertThat(admin.get("/enterprises/" + TestCity.A.value() + "?lang=en").body()).contains("High-tech enterprise");
    }

    @Test
    void thePortalShowsOnlyTheUsersOwnEnterprise() throws Exception {
        FormSession a = new FormSession(port);
        a.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        assertThat(a.get("/portal").body()).contains("id=\"standings-table\"", "#" + tags + " high_tech_2023.csv");
        FormSession b = new FormSession(port);
        b.signIn(TestUsers.ENTERPRISE_B, TestUsers.PASSWORD);
        assertThat(b.get("/portal").body()).contains("id=\"standings-none\"").doesNotContain("GR202251000777");
        FormSession other = new FormSession(port);
        other.signIn(TestUsers.JIULONGPO, TestUsers.PASSWORD);
        var page = other.get("/enterprises/" + TestCity.A.value());
        assertThat(page.statusCode()).as("A lies outside 九龙坡's scope").isEqualTo(404);
        assertThat(page.body()).doesNotContain("GR202251000777");
    }
}
