package io.muyield.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The latest complete run of 2023 (chongqing-2023 over {@link TestCity}) on the cluster and region pages and in their
 * API. Autos (C01) holds A (tax 300, VA 2000, 20 mu) and D (规上 without land: no category, no class); so 2 enterprises,
 * D unclassed, 亩均税收 300 ÷ 20 = 15, 亩均增加值 2000 ÷ 20 = 100. 九龙坡 (500107) holds B alone (tax 100, VA 600,
 * 10 + 5 leased mu): 亩均税收 100 ÷ 15 = 6.67, 亩均增加值 600 ÷ 15 = 40.
 */
class LatestRunOnPagesTest extends WebTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noRunNoClasses() throws Exception {
        JsonNode d = api().getJson("/api/v1/clusters/C01?year=2011");
        assertThat(d.get("latestRun").isNull()).isTrue();
        assertThat(api().getJson("/api/v1/regions/500112/summary?year=2011").get("latestRun").isNull()).isTrue();
        assertThat(api().get("/clusters/C01?year=2011").body()).contains("id=\"latest-run-none\"").doesNotContain("latest-run-classes");
    }

    @Test
    void theLatestRunOfTheYearOnClusterAndRegion() throws Exception {
        HttpResponse<String> created = post("/api/v1/runs", "{\"scheme\": \"chongqing-2023\", \"year\": 2023}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long runId = JSON.readTree(created.body()).path("run").path("id").asLong();
        String classOfA = api().getJson("/api/v1/runs/" + runId + "/results/" + TestCity.A.value()).path("classLabel").asText();
        assertThat(api().getJson("/api/v1/runs/" + runId + "/results/" + TestCity.D.value()).path("classLabel").asText()).isEmpty();

        JsonNode autos = api().getJson("/api/v1/clusters/C01?year=2023").get("latestRun");
        assertThat(autos.get("runId").asLong()).isEqualTo(runId);
        assertThat(autos.get("schemeId").asText()).isEqualTo("chongqing-2023");
        assertThat(autos.get("link").asText()).isEqualTo("/runs/" + runId);
        assertThat(autos.get("enterprises").asLong()).isEqualTo(2);
        assertThat(count(autos, "")).isEqualTo(1);
        assertThat(share(autos, "")).isEqualByComparingTo("0.5");
        if (!classOfA.isEmpty()) {
            assertThat(count(autos, classOfA)).isEqualTo(1);
        }
        assertThat(autos.get("classes").get(0).get("label").asText()).isEqualTo("A");
        assertThat(autos.get("taxPerMu").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(autos.get("valueAddedPerMu").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(autos.get("taxPerMuCounted").asLong()).isEqualTo(1);

        JsonNode jiulongpo = api().getJson("/api/v1/regions/500107/summary?year=2023").get("latestRun");
        assertThat(jiulongpo.get("runId").asLong()).isEqualTo(runId);
        assertThat(jiulongpo.get("enterprises").asLong()).isEqualTo(1);
        assertThat(jiulongpo.get("taxPerMu").decimalValue()).isEqualByComparingTo("6.67");
        assertThat(jiulongpo.get("valueAddedPerMu").decimalValue()).isEqualByComparingTo("40.00");

        String page = api().get("/clusters/C01?year=2023").body();
        assertThat(page).contains("id=\"latest-run-classes\"").contains("href=\"/runs/" + runId + "\"").contains("chongqing-2023");
        assertThat(api().get("/regions/500107?year=2023&lang=en").body()).contains("From run #" + runId).contains("Unclassed");
    }

    private static long count(JsonNode run, String label) {
        for (JsonNode k : run.get("classes")) {
            if (k.get("label").asText().equals(label)) {
                return k.get("count").asLong();
            }
        }
        throw new AssertionError("no class " + label);
    }

    private static java.math.BigDecimal share(JsonNode run, String label) {
        for (JsonNode k : run.get("classes")) {
            if (k.get("label").asText().equals(label)) {
                return k.get("share").decimalValue();
            }
        }
        throw new AssertionError("no class " + label);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", auth).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
