package io.muyield.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.WebTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TestCity 2023 by hand: autos (3612, C01) A output 9000 and D 800, both 规上 → scale 9800; display (3974) B output 3000
 * counts in C02 electronics and C07 新型显示; rice C (1311, C05) is 规下. Over all clusters: 4 enterprises, output 12800.
 */
class ClusterApiTest extends WebTest {

    private JsonNode row(JsonNode o, String id) {
        for (JsonNode r : o.get("clusters")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no cluster " + id);
    }

    @Test
    void allClustersWithTargetsAndOverlapsCountedOnce() throws Exception {
        JsonNode o = api().getJson("/api/v1/clusters?year=2023");
        assertThat(o.get("clusters")).hasSize(30);
        JsonNode autos = row(o, "C01");
        assertThat(autos.get("figures").get("enterprises").asLong()).isEqualTo(2);
        assertThat(autos.get("scale").decimalValue()).isEqualByComparingTo("9800");
        assertThat(autos.get("target").decimalValue()).isEqualByComparingTo("100000000");   // 1 万亿元 in 万元
        assertThat(autos.get("share").decimalValue()).isEqualByComparingTo("0.0001");        // 9800 / 10⁸
        assertThat(autos.get("status").asText()).isEqualTo("NO_TREND");                     // one year of data
        assertThat(row(o, "C02").get("scale").decimalValue()).isEqualByComparingTo("3000");
        assertThat(row(o, "C07").get("scale").decimalValue()).isEqualByComparingTo("3000");
        assertThat(row(o, "C05").get("figures").get("enterprises").asLong()).isEqualTo(1);
        assertThat(row(o, "C05").get("scale").decimalValue()).isEqualByComparingTo("0");
        assertThat(row(o, "S01").get("status").asText()).isEqualTo("NO_TARGET");
        assertThat(o.get("allClusters").get("enterprises").asLong()).isEqualTo(4);
        assertThat(o.get("allClusters").get("output").decimalValue()).isEqualByComparingTo("12800"); // B once, not twice
        assertThat(o.get("ruleZh").asText()).contains("只计一次");
    }

    @Test
    void oneClusterWithDistrictsAndTopEnterprises() throws Exception {
        JsonNode d = api().getJson("/api/v1/clusters/C01?year=2023");
        assertThat(d.get("districts")).hasSize(1);
        assertThat(d.get("districts").get(0).get("code").asText()).isEqualTo("500112");
        assertThat(d.get("districts").get(0).get("share").decimalValue()).isEqualByComparingTo("1");
        assertThat(d.get("top").get(0).get("name").asText()).isEqualTo("重庆长鑫汽车零部件有限公司");
        assertThat(d.get("top")).hasSize(2);
        assertThat(d.get("coreCodes").toString()).contains("3612");
        assertThat(api().status("/api/v1/clusters/NOPE?year=2023")).isEqualTo(404);
        assertThat(api().status("/api/v1/clusters?year=1800")).isEqualTo(400);
        assertThat(ApiClient.anonymous(port).status("/api/v1/clusters")).isEqualTo(401);
    }

    @Test
    void tablesDownloadAsCsvWithBomAndAsXlsx() throws Exception {
        HttpResponse<byte[]> csv = download("/api/v1/clusters?year=2023&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF集群 id,");
        assertThat(text.lines().filter(l -> l.startsWith("C01,")).findFirst().orElseThrow()).contains(",9800.00,");
        assertThat(text.lines().count()).isEqualTo(31);

        HttpResponse<byte[]> xlsx = download("/api/v1/clusters/C01?year=2023&table=top&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("重庆长鑫汽车零部件有限公司");
            assertThat(s.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(9000.0);
        }
        assertThat(download("/api/v1/clusters?year=2023&format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void placementsRankTheEighteenRisingStarsForEachDistrict() throws Exception {
        JsonNode p = api().getJson("/api/v1/clusters/placements?year=2023");
        assertThat(p.get("districts").size()).isGreaterThan(0);
        assertThat(p.get("districts").get(0).get("clusters")).hasSize(18);
        JsonNode first = p.get("districts").get(0).get("clusters").get(0);
        assertThat(first.get("existing").isArray()).isTrue();       // (a) the cluster's own industries it has, with RCA
        assertThat(first.get("related").isArray()).isTrue();        // (b) its other industries close to them, with φ
        assertThat(first.has("reasons")).isFalse();
        String csv = new String(download("/api/v1/clusters/placements?year=2023&format=csv").body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("已有优势行业 existing strength (RCA)").contains("相近的优势行业 related industries (φ)");
    }

    @Test
    void pagesRender() throws Exception {
        for (String path : new String[]{"/clusters?year=2023", "/clusters/C01?year=2023", "/clusters/placements?year=2023",
                "/clusters?year=2023&lang=en"}) {
            HttpResponse<byte[]> page = download(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        String html = new String(download("/clusters?year=2023").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("智能网联新能源汽车").contains("data-status=\"NO_TREND\"");
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
