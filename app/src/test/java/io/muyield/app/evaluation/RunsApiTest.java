package io.muyield.app.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A run of chongqing-2023 over the four enterprises of {@link TestCity} (2023), through the API: stored, listed,
 * filtered, explained, exported and ranked. A is 规上 with 20 mu and tax 300 (亩均税收 15), B 规上 with 15 mu and tax
 * 100, C 规下 with 3 mu, D 规上 without land (no category).
 */
class RunsApiTest extends WebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static long runId;

    @Autowired
    EvaluationService service;

    @BeforeEach
    void oneRun() throws Exception {
        synchronized (RunsApiTest.class) {
            if (runId == 0) {
                HttpResponse<String> created = post("/api/v1/runs", "{\"scheme\": \"chongqing-2023\", \"year\": 2023}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                runId = JSON.readTree(created.body()).path("run").path("id").asLong();
            }
        }
    }

    @Test
    void aRunIsStoredAndListedWithItsHashes() throws Exception {
        JsonNode runs = api().getJson("/api/v1/runs");
        JsonNode run = null;
        for (JsonNode r : runs) {
            if (r.path("id").asLong() == runId) {
                run = r;
            }
        }
        assertThat(run).isNotNull();
        assertThat(run.path("schemeId").asText()).isEqualTo("chongqing-2023");
        assertThat(run.path("year").asInt()).isEqualTo(2023);
        assertThat(run.path("enterprises").asInt()).isEqualTo(4);
        assertThat(run.path("createdBy").asText()).isEqualTo("admin");
        assertThat(run.path("fingerprint").asText()).hasSize(64);
        assertThat(run.path("note").asText()).contains("landlords from the ACTIVE land-lease batches").contains("tags from the ACTIVE official lists");

        JsonNode detail = api().getJson("/api/v1/runs/" + runId);
        long total = 0;
        for (JsonNode c : detail.path("classes")) {
            total += c.path("count").asLong();
        }
        assertThat(total).isEqualTo(4);
        assertThat(detail.path("methodology").get(0).asText()).startsWith("1. run chongqing-2023");
        assertThat(api().status("/api/v1/runs/999999")).isEqualTo(404);
    }

    @Test
    void resultsAreFilteredAndPaged() throws Exception {
        JsonNode all = api().getJson("/api/v1/runs/" + runId + "/results?size=2");
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(all.path("pages").asLong()).isEqualTo(2);
        assertThat(all.path("items")).hasSize(2);
        JsonNode district = api().getJson("/api/v1/runs/" + runId + "/results?district=500107");
        assertThat(codes(district)).containsExactly(TestCity.B.value());
        JsonNode byName = api().getJson("/api/v1/runs/" + runId + "/results?q=" + java.net.URLEncoder.encode("长鑫", StandardCharsets.UTF_8));
        assertThat(codes(byName)).containsExactly(TestCity.A.value());
        JsonNode industry = api().getJson("/api/v1/runs/" + runId + "/results?industry=36");
        assertThat(codes(industry)).containsExactlyInAnyOrder(TestCity.A.value(), TestCity.D.value());
        String classOfA = api().getJson("/api/v1/runs/" + runId + "/results/" + TestCity.A.value()).path("classLabel").asText();
        assertThat(codes(api().getJson("/api/v1/runs/" + runId + "/results?class=" + classOfA))).contains(TestCity.A.value());
    }

    @Test
    void anEnterpriseResultExplainsItsArithmetic() throws Exception {
        JsonNode a = api().getJson("/api/v1/runs/" + runId + "/results/" + TestCity.A.value());
        assertThat(a.path("categoryId").asText()).isEqualTo("above_scale");
        JsonNode tax = null;
        for (JsonNode i : a.path("indicators")) {
            if (i.path("id").asText().equals("TAX_PER_MU")) {
                tax = i;
            }
        }
        assertThat(tax).isNotNull();
        assertThat(tax.path("raw").asDouble()).isEqualTo(15.0);             // 300 万元 / 20 亩
        assertThat(tax.path("benchmark").asDouble()).isEqualTo(18.98);
        assertThat(tax.path("normalised").asDouble()).isCloseTo(15.0 / 18.98, within(1e-12));
        assertThat(tax.path("weighted").asDouble()).isCloseTo(25 * 15.0 / 18.98, within(1e-9));
        String explanation = String.join("\n", texts(a.path("explanationZh")));
        assertThat(explanation).contains("亩均税收 = tax / land = 300 / 20 = 15.0000").contains("总分");
        assertThat(texts(a.path("explanationEn"))).anyMatch(l -> l.startsWith("Tax per mu = tax / land"));
        assertThat(a.path("health").path("linesZh").size()).isPositive();
        assertThat(a.path("radar").path("axes")).hasSize(6);
        JsonNode d = api().getJson("/api/v1/runs/" + runId + "/results/" + TestCity.D.value());
        assertThat(d.path("status").asText()).isEqualTo("OUT_OF_SCOPE");
        assertThat(api().status("/api/v1/runs/" + runId + "/results/91500000MA5U000000")).isEqualTo(404);
    }

    @Test
    void leagueTablesUseRatiosOfSums() throws Exception {
        JsonNode league = api().getJson("/api/v1/runs/" + runId + "/league?by=district");
        JsonNode first = league.path("rows").get(0);
        JsonNode second = league.path("rows").get(1);
        // 500112: A (300 / 20) and C (5 / 3) → 305 / 23 = 13.26; 500107: B 100 / 15 = 6.67; D has no land
        assertThat(first.path("code").asText()).isEqualTo("500112");
        assertThat(first.path("taxPerMu").asDouble()).isCloseTo(305.0 / 23, within(1e-9));
        assertThat(first.path("enterprises").asLong()).isEqualTo(3);
        assertThat(second.path("code").asText()).isEqualTo("500107");
        assertThat(second.path("taxPerMu").asDouble()).isCloseTo(100.0 / 15, within(1e-9));
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        JsonNode industry = api().getJson("/api/v1/runs/" + runId + "/league?by=industry").path("rows").get(0);
        assertThat(industry.path("code").asText()).isEqualTo("36");
        assertThat(industry.path("name").asText()).isEqualTo("36 汽车制造业");
        assertThat(api().status("/api/v1/runs/" + runId + "/league?by=planet")).isEqualTo(400);
    }

    @Test
    void leagueTablesRankByTheChosenMeasureAndNameInEnglishWhereTheCatalogueCan() throws Exception {
        JsonNode byDefault = api().getJson("/api/v1/runs/" + runId + "/league?by=district");
        assertThat(byDefault.path("rankedBy").asText()).isEqualTo("tax_per_mu");
        assertThat(byDefault.path("topClasses")).extracting(JsonNode::asText).containsExactly("A", "B");
        JsonNode league = api().getJson("/api/v1/runs/" + runId + "/league?by=district&rank=top_share");
        assertThat(league.path("rankedBy").asText()).isEqualTo("top_share");
        double previous = Double.POSITIVE_INFINITY;
        int rank = 1;
        for (JsonNode row : league.path("rows")) {
            long top = row.path("classCounts").path("A").asLong() + row.path("classCounts").path("B").asLong();
            long classified = row.path("classified").asLong();
            double share = classified == 0 ? Double.NEGATIVE_INFINITY : (double) top / classified;
            if (classified > 0) {
                assertThat(row.path("topShare").asDouble()).isCloseTo(share, within(1e-12));
            }
            assertThat(share).isLessThanOrEqualTo(previous);
            assertThat(row.path("rank").asInt()).isEqualTo(rank++);
            previous = share;
        }
        // 500107 has its one classed enterprise in B (100 % in A+B), 500112 one of two (A, and C): the order turns round
        assertThat(league.path("rows").get(0).path("code").asText()).isEqualTo("500107");
        assertThat(league.path("rows").get(0).path("nameEn").asText()).isEqualTo("Jiulongpo District");
        JsonNode meanTotal = api().getJson("/api/v1/runs/" + runId + "/league?by=district&rank=mean_total");
        assertThat(meanTotal.path("rows").get(0).path("meanTotal").asDouble())
                .isGreaterThanOrEqualTo(meanTotal.path("rows").get(1).path("meanTotal").asDouble());
        JsonNode industry = api().getJson("/api/v1/runs/" + runId + "/league?by=industry").path("rows").get(0);
        assertThat(industry.path("nameEn").asText()).isEqualTo("36 Manufacture of Automobiles");
        assertThat(api().status("/api/v1/runs/" + runId + "/league?by=district&rank=luck")).isEqualTo(400);
    }

    @Test
    void exportsCarryTheResultsAsCsvAndXlsx() throws Exception {
        HttpResponse<byte[]> csv = bytes("/api/v1/runs/" + runId + "/export?format=csv&district=500112");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
        byte[] body = csv.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("统一社会信用代码,企业名称,区县代码,区县");
        assertThat(lines).hasSize(4); // header + A, C, D of 500112
        assertThat(String.join("\n", lines)).contains(TestCity.A.value() + ",重庆长鑫汽车零部件有限公司,500112").doesNotContain(TestCity.B.value());
        // after the ranks: per indicator its value and score; A's 亩均税收 is 300 / 20 = 15, scored 25 × 15 / 18.98
        List<String> header = List.of(lines.get(0).split(","));
        int taxValue = header.indexOf("亩均税收（万元/亩）");
        assertThat(taxValue).isPositive();
        assertThat(header.get(taxValue + 1)).isEqualTo("亩均税收得分");
        String[] a = lines.stream().filter(l -> l.startsWith(TestCity.A.value())).findFirst().orElseThrow().split(",");
        assertThat(a[taxValue]).isEqualTo("15");
        assertThat(a[taxValue + 1]).isEqualTo(new java.math.BigDecimal(25 * 15.0 / 18.98).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());

        HttpResponse<byte[]> xlsx = bytes("/api/v1/runs/" + runId + "/export?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).containsExactlyInAnyOrder(TestCity.A.value(), TestCity.B.value(), TestCity.C.value(), TestCity.D.value());
        }

        HttpResponse<byte[]> publication = bytes("/api/v1/runs/" + runId + "/export?format=csv&list=publication");
        List<String> pub = List.of(new String(publication.body(), StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(pub.get(0)).isEqualTo("统一社会信用代码,企业名称,区县,档次,总分");
        assertThat(pub.stream().skip(1)).noneMatch(l -> l.startsWith(TestCity.D.value())).allMatch(l -> l.matches(".*,[ABCD],[0-9.]+"));
        assertThat(bytes("/api/v1/runs/" + runId + "/export?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void aWhatIfAndAComparisonReturnTransitionMatrices() throws Exception {
        HttpResponse<String> same = post("/api/v1/runs/" + runId + "/what-if", "{}");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(JSON.readTree(same.body()).path("transitions").path("changed").asLong()).isZero();
        HttpResponse<String> bad = post("/api/v1/runs/" + runId + "/what-if", "{\"shares\": {\"A\": 90}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).contains("100");
        JsonNode itself = api().getJson("/api/v1/runs/" + runId + "/compare/" + runId);
        assertThat(itself.path("transitions").path("changed").asLong()).isZero();
    }

    @Test
    @WithMockUser(username = "analyst", roles = "CITY_ANALYST")
    void onlyCityAdministratorsCreateRuns() {
        assertThatThrownBy(() -> service.create("chongqing-2023", null, 2023, null)).isInstanceOf(AccessDeniedException.class);
    }

    private static List<String> codes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("creditCode").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth()).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
