package io.muyield.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A target change through the API is a new taxonomy version that the figures then use and name. */
class TaxonomyEditingTest extends WebTest {

    @Test
    void anAdministratorChangesATargetAndTheFiguresFollow() throws Exception {
        try {
            HttpResponse<String> r = post("admin", ADMIN_PASSWORD, "C08", "{\"targetYuan\": 200000000000, \"targetYear\": 2030, \"reason\": \"test: raised\"}");
            assertThat(r.statusCode()).isEqualTo(200);
            int version = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("taxonomyVersion").asInt();
            assertThat(version).isPositive();
            JsonNode o = api().getJson("/api/v1/clusters?year=2023");
            assertThat(o.get("taxonomyVersion").asInt()).isEqualTo(version);
            JsonNode moto = null;
            for (JsonNode c : o.get("clusters")) {
                if (c.get("id").asText().equals("C08")) {
                    moto = c;
                }
            }
            assertThat(moto.get("target").decimalValue()).isEqualByComparingTo("20000000");   // 2000 亿元 in 万元
            assertThat(moto.get("targetYear").asInt()).isEqualTo(2030);
            JsonNode history = api().getJson("/api/v1/clusters/taxonomy/versions");
            assertThat(history.get(0).get("reason").asText()).isEqualTo("test: raised");
            assertThat(history.get(0).get("createdBy").asText()).isEqualTo("admin");
            assertThat(post("admin", ADMIN_PASSWORD, "C08", "{\"targetYuan\": 1, \"targetYear\": 2030, \"reason\": \" \"}").statusCode())
                    .isEqualTo(400);
            // signed out: refused (403: without credentials the CSRF check applies before authentication is asked for)
            assertThat(post(null, null, "C08", "{\"targetYuan\": 1, \"targetYear\": 2030, \"reason\": \"x\"}").statusCode()).isIn(401, 403);
            assertThat(api().getJson("/api/v1/clusters/taxonomy/versions").get(0).get("reason").asText()).isEqualTo("test: raised");
        } finally {
            // back to the reference target, as a further version (versions are never removed)
            post("admin", ADMIN_PASSWORD, "C08", "{\"targetYuan\": 100000000000, \"targetYear\": 2027, \"reason\": \"test: restored\"}");
        }
    }

    private HttpResponse<String> post(String user, String password, String code, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clusters/" + code + "/target"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
