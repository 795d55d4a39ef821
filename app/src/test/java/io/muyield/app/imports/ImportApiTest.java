package io.muyield.app.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.muyield.app.ApiClient;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API and pages over their own database (uploads change the data other web tests read): an upload with a
 * refused row, the same upload again, a refused file, the batch list and page, the rejected rows as Excel, quality.
 */
class ImportApiTest extends WebTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-importtest");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final io.muyield.core.enterprise.CreditCode UNREGISTERED = TestCity.code("500112", "9999999");
    private final HttpClient http = HttpClient.newHttpClient();

    private String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String path, Map<String, byte[]> files, Map<String, String> fields) throws Exception {
        return upload(path, files, fields, null);
    }

    private HttpResponse<String> upload(String path, Map<String, byte[]> files, Map<String, String> fields, String cookie) throws Exception {
        String boundary = "----muyield" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        HttpRequest request = builder.header("Authorization", auth()).header("Accept", cookie == null ? "application/json" : "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth())
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] taxFile(String taxOfA) {
        String csv = "统一社会信用代码,纳税人名称,税款所属年度,实缴税额合计(万元)\n"
                + TestCity.A.value() + ",长鑫," + "2025," + taxOfA + "\n"
                + TestCity.B.value() + ",九龙,2025,88\n"
                + UNREGISTERED.value() + ",查无此企业,2025,5\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    // year 2025: no other web test imports it (IdorMatrixTest uploads the same 2024 bytes into the shared city)
    void uploadReuploadRefusalBatchesAndRejectedRows() throws Exception {
        Map<String, byte[]> first = new LinkedHashMap<>();
        first.put("tax_2025.csv", taxFile("310"));
        HttpResponse<String> r = upload("/api/v1/imports", first, Map.of("year", "2025"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode run = JSON.readTree(r.body());
        assertThat(run.get("committed").asBoolean()).isTrue();
        JsonNode file = run.get("files").get(0);
        assertThat(file.get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(file.get("profile").asText()).isEqualTo("tax");
        assertThat(file.get("accepted").asLong()).isEqualTo(2);
        assertThat(file.get("rejected").asLong()).isEqualTo(1);
        JsonNode rejected = file.get("rejections").get(0);
        assertThat(rejected.get("row").asInt()).isEqualTo(4);
        assertThat(rejected.get("reasons").get(0).get("field").asText()).isEqualTo("统一社会信用代码");
        long batch = file.get("batchId").asLong();

        // The same bytes again: nothing new, the earlier batch named.
        HttpResponse<String> again = upload("/api/v1/imports", first, Map.of("year", "2025"));
        assertThat(again.statusCode()).isEqualTo(201);
        JsonNode same = JSON.readTree(again.body()).get("files").get(0);
        assertThat(same.get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(same.get("batchId").asLong()).isEqualTo(batch);

        // A corrected file supersedes; the enterprise shows the new figure.
        HttpResponse<String> corrected = upload("/api/v1/imports", Map.of("tax_2025_v2.csv", taxFile("320")), Map.of("year", "2025", "source", "tax"));
        assertThat(corrected.statusCode()).isEqualTo(201);
        JsonNode fix = JSON.readTree(corrected.body()).get("files").get(0);
        assertThat(fix.get("superseded").get(0).asLong()).isEqualTo(batch);
        ApiClient api = api();
        JsonNode detail = api.getJson("/api/v1/imports/" + batch);
        assertThat(detail.get("batch").get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(detail.get("batch").get("supersededBy").asLong()).isEqualTo(fix.get("batchId").asLong());
        assertThat(detail.get("lineage")).hasSize(2);
        assertThat(detail.get("facts").asLong()).isEqualTo(2);
        assertThat(detail.get("rejectionsTotal").asLong()).isEqualTo(1);
        Long tax = database.jdbc().queryForObject("SELECT CAST(tax AS BIGINT) FROM enterprise_year WHERE credit_code = ? AND year = 2025",
                Long.class, TestCity.A.value());
        assertThat(tax).isEqualTo(320L);

        // The history of A's tax: the corrected figure first, the superseded one kept.
        JsonNode history = api.getJson("/api/v1/imports/history/" + TestCity.A.value() + "?year=2025");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("320");
        assertThat(history.get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(history.get(1).get("value").decimalValue()).isEqualByComparingTo("310");
        assertThat(history.get(1).get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(history.get(1).get("fileName").asText()).isEqualTo("tax_2025.csv");

        // A file that cannot be read as any department's: 422, one clear message naming the file, nothing kept.
        long before = api.getJson("/api/v1/imports").get("total").asLong();
        HttpResponse<String> bad = upload("/api/v1/imports", Map.of("notes.csv", "hello,world\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                Map.of("year", "2025"));
        assertThat(bad.statusCode()).isEqualTo(422);
        JsonNode refused = JSON.readTree(bad.body()).get("files").get(0);
        assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("message").asText()).contains("notes.csv").contains("表头");
        assertThat(api.getJson("/api/v1/imports").get("total").asLong()).isEqualTo(before);

        JsonNode list = api.getJson("/api/v1/imports?size=10");
        assertThat(list.get("items").get(0).get("fileName").asText()).isEqualTo("tax_2025_v2.csv");
        assertThat(list.get("items").get(0).get("createdBy").asText()).isEqualTo("admin");
        assertThat(list.get("items").get(0).get("fileHash").asText()).hasSize(64);

        HttpResponse<byte[]> xlsx = getBytes("/api/v1/imports/" + batch + "/rejections.xlsx", "*/*");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheetAt(0);
            StringBuilder all = new StringBuilder();
            for (Row row : sheet) {
                row.forEach(c -> all.append(c.toString()).append('|'));
            }
            assertThat(all.toString()).contains(UNREGISTERED.value()).contains("查无此企业").contains("未在市场主体登记中");
        }
        assertThat(api.status("/api/v1/imports/999999")).isEqualTo(404);
        assertThat(ApiClient.anonymous(port).status("/api/v1/imports")).isEqualTo(401);

        HttpResponse<byte[]> page = getBytes("/imports", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("tax_2025_v2.csv").contains("upload-form");
        HttpResponse<byte[]> batchPage = getBytes("/imports/" + batch, "text/html");
        assertThat(new String(batchPage.body(), StandardCharsets.UTF_8)).contains("查无此企业").contains("rejections.xlsx");
        HttpResponse<byte[]> quality = getBytes("/imports/quality?year=2025", "text/html");
        assertThat(quality.statusCode()).isEqualTo(200);
        assertThat(new String(quality.body(), StandardCharsets.UTF_8)).contains("quality-completeness").contains("66.7%");
    }

    @Test
    void theUploadPageShowsTheResultOfEachFile() throws Exception {
        // The form as a browser has it: the session cookie and the form's CSRF token.
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/imports"))
                .header("Authorization", auth()).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).reduce((a, b) -> a + "; " + b).orElse("");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).as("the upload form carries a CSRF token").isTrue();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.csv", new byte[0]);
        HttpResponse<String> r = upload("/imports", files, Map.of("year", "2025", "_csrf", m.group(1)), cookie);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("empty.csv").contains("文件为空");
    }
}
