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

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-standingstest");
    }

    private static long tags;
    private static long accidents;
    private static long champions;
    private static long penalties;

    @BeforeEach
    void lists() throws IOException {
        TestUsers.ensure(database);
        synchronized (StandingsPageTest.class) {
            if (tags != 0) {
                return;
            }
            Path dir = Files.createTempDirectory("muyield-lists");
            Path highTech = dir.resolve("high_tech_2023.csv");
            Files.write(highTech, List.of("企业名称,统一社会信用代码,证书编号,发证日期,有效期至",
                    "甲," + TestCity.A.value() + ",GR202251000777,2022-11-28,2025-11-27"), Charset.forName("GBK"));
            Path safety = dir.resolve("safety_accidents_2023.csv");
            Files.write(safety, List.of("事故单位,统一社会信用代码,事故发生日期,事故类型,事故等级,死亡人数",
                    "甲," + TestCity.A.value() + ",2023-08-08,火灾,较大事故,3"), StandardCharsets.UTF_8);
            Path champion = dir.resolve("champion_2023.csv");
            Files.write(champion, List.of("序号,统一社会信用代码,企业名称,认定批次,单项冠军产品",
                    "1," + TestCity.A.value() + ",甲,2022年（第七批）,存储芯片封装测试"), StandardCharsets.UTF_8);
            Path penalty = dir.resolve("admin_penalties_2023.csv");
            Files.write(penalty, List.of("行政相对人名称,统一社会信用代码,处罚决定书文号,处罚日期,处罚机关,处罚事由",
                    "甲," + TestCity.A.value() + ",渝市监处罚〔2023〕88号,2023-04-12,重庆市市场监督管理局,虚假宣传",
                    "甲," + TestCity.A.value() + ",渝环罚〔2023〕5号,2023-10-20,重庆市生态环境局,超标排放"), StandardCharsets.UTF_8);
            ImportReport report = new DepartmentImport(database).run(new DepartmentImport.Request(List.of(highTech, safety, champion, penalty), 2023,
                    Optional.empty(), "clerk"), line -> { });
            assertThat(report.committed()).as("%s", report.files().stream().map(FileReport::message).toList()).isTrue();
            tags = report.files().get(0).batchId().orElseThrow();
            accidents = report.files().get(1).batchId().orElseThrow();
            champions = report.files().get(2).batchId().orElseThrow();
            penalties = report.files().get(3).batchId().orElseThrow();
        }
    }

    @Test
    void theEnterprisePageShowsTagsAndEventsWithTheirBatch() throws Exception {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        String html = admin.get("/enterprises/" + TestCity.A.value()).body();
        assertThat(html).contains("id=\"standings-table\"", "高新技术企业", "GR202251000777，2022年认定，有效期至2025-11-27",
                "#" + tags + " high_tech_2023.csv", "生产安全事故（较大、一般）", "较大事故，火灾，死亡3人", "#" + accidents + " safety_accidents_2023.csv");
        assertThat(html).contains("制造业单项冠军", "存储芯片封装测试，2022年认定", "#" + champions + " champion_2023.csv",
                "行政处罚", "渝市监处罚〔2023〕88号，重庆市市场监督管理局，虚假宣传", "渝环罚〔2023〕5号，重庆市生态环境局，超标排放",
                "#" + penalties + " admin_penalties_2023.csv");
        assertThat(admin.get("/enterprises/" + TestCity.C.value()).body()).contains("id=\"standings-none\"");
        assertThat(admin.get("/enterprises/" + TestCity.A.value() + "?lang=en").body()).contains("High-tech enterprise",
                "Manufacturing single-product champion", "Administrative penalty");
    }

    @Test
    void theEnterpriseApiGivesTagsAndEventsWithTheirBatchWithinTheScope() throws Exception {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(admin.get("/api/v1/enterprises/" + TestCity.A.value()).body());
        var standings = json.path("standings");
        assertThat(standings.isArray()).as(json.toString()).isTrue();
        List<String> rows = new java.util.ArrayList<>();
        standings.forEach(n -> rows.add(n.path("kind").asText() + " " + n.path("key").asText() + " " + n.path("count").asInt() + " "
                + n.path("batchId").asLong() + " " + n.path("fileName").asText()));
        assertThat(rows).contains("TAG high_tech 1 " + tags + " high_tech_2023.csv", "TAG champion 1 " + champions + " champion_2023.csv",
                "EVENT safety_accident 1 " + accidents + " safety_accidents_2023.csv");
        assertThat(rows).filteredOn(r -> r.startsWith("EVENT admin_penalty 1 " + penalties + " ")).hasSize(2);
        var c = new com.fasterxml.jackson.databind.ObjectMapper().readTree(admin.get("/api/v1/enterprises/" + TestCity.C.value()).body());
        assertThat(c.path("standings").isArray() && c.path("standings").isEmpty()).as(c.toString()).isTrue();
        FormSession other = new FormSession(port);
        other.signIn(TestUsers.JIULONGPO, TestUsers.PASSWORD);
        var outside = other.get("/api/v1/enterprises/" + TestCity.A.value());
        assertThat(outside.statusCode()).as("A lies outside 九龙坡's scope").isEqualTo(404);
        assertThat(outside.body()).doesNotContain("champion").doesNotContain("渝环罚");
    }

    @Test
    void thePortalShowsOnlyTheUsersOwnEnterprise() throws Exception {
        FormSession a = new FormSession(port);
        a.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        assertThat(a.get("/portal").body()).contains("id=\"standings-table\"", "#" + tags + " high_tech_2023.csv",
                "#" + champions + " champion_2023.csv", "渝环罚〔2023〕5号");
        FormSession b = new FormSession(port);
        b.signIn(TestUsers.ENTERPRISE_B, TestUsers.PASSWORD);
        assertThat(b.get("/portal").body()).contains("id=\"standings-none\"").doesNotContain("GR202251000777").doesNotContain("渝环罚");
        FormSession other = new FormSession(port);
        other.signIn(TestUsers.JIULONGPO, TestUsers.PASSWORD);
        var page = other.get("/enterprises/" + TestCity.A.value());
        assertThat(page.statusCode()).as("A lies outside 九龙坡's scope").isEqualTo(404);
        assertThat(page.body()).doesNotContain("GR202251000777");
    }
}
