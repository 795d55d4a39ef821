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
            // the change is in the audit trail: who, which cluster, what, the version and the reason
            assertThat(new io.muyield.store.audit.AuditRepository(database).about("cluster:C08"))
                    .anyMatch(e -> e.action().equals("TAXONOMY_CHANGE") && e.actor().equals("admin")
                            && e.details().contains("target=200000000000 year=2030") && e.details().contains("version=" + version)
                            && e.details().contains("reason=test: raised"));
        } finally {
            // back to the reference target, as a further version (versions are never removed)
            post("admin", ADMIN_PASSWORD, "C08", "{\"targetYuan\": 100000000000, \"targetYear\": 2027, \"reason\": \"test: restored\"}");
        }
    }

    private static JsonNode row(JsonNode o, String id) {
        for (JsonNode c : o.get("clusters")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no cluster " + id);
    }

    /**
     * TestCity 2023: rice maker C (1311, 规下) joins motorcycles (C08) by a code; display maker B (3974, output 3000) is kept
     * out of electronics (C02) by an override, autos maker A (output 9000) counted in it; each a version the figures name.
     */
    @Test
    void anAdministratorEditsMembershipAndTheFiguresFollow() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String a = io.muyield.app.TestCity.A.value();
        String b = io.muyield.app.TestCity.B.value();
        try {
            HttpResponse<String> r = post("admin", ADMIN_PASSWORD, "C08/codes", "{\"code\": \"1311\", \"action\": \"ADD\", \"reason\": \"test: rice bikes\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            r = post("admin", ADMIN_PASSWORD, "C02/overrides", "{\"creditCode\": \"" + b + "\", \"action\": \"EXCLUDE\", \"reason\": \"test: out\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            r = post("admin", ADMIN_PASSWORD, "C02/overrides", "{\"creditCode\": \"" + a + "\", \"action\": \"INCLUDE\", \"reason\": \"test: in\"}");
            int version = json.readTree(r.body()).get("taxonomyVersion").asInt();

            JsonNode o = api().getJson("/api/v1/clusters?year=2023");
            assertThat(o.get("taxonomyVersion").asInt()).isEqualTo(version);
            assertThat(row(o, "C08").get("figures").get("enterprises").asLong()).isEqualTo(1);
            assertThat(row(o, "C02").get("figures").get("enterprises").asLong()).isEqualTo(1);
            assertThat(row(o, "C02").get("scale").decimalValue()).isEqualByComparingTo("9000");
            assertThat(row(o, "C07").get("scale").decimalValue()).isEqualByComparingTo("3000");   // B still makes displays
            assertThat(o.get("allClusters").get("output").decimalValue()).isEqualByComparingTo("12800");
            JsonNode d = api().getJson("/api/v1/clusters/C02?year=2023");
            assertThat(d.get("taxonomyVersion").asInt()).isEqualTo(version);
            assertThat(d.get("overrides")).hasSize(2);
            JsonNode moto = api().getJson("/api/v1/clusters/C08?year=2023");
            assertThat(moto.get("coreCodes").toString()).contains("1311");
            assertThat(api().get("/clusters/C02?year=2023").body()).contains("id=\"cluster-overrides\"").contains(a);

            JsonNode history = api().getJson("/api/v1/clusters/taxonomy/versions");
            assertThat(history.get(0).get("kind").asText()).isEqualTo("OVERRIDE_INCLUDE");
            assertThat(history.get(0).get("subject").asText()).isEqualTo(a);
            assertThat(history.get(2).get("kind").asText()).isEqualTo("CODE_ADDED");
            assertThat(history.get(2).get("reason").asText()).isEqualTo("test: rice bikes");

            assertThat(post("admin", ADMIN_PASSWORD, "C02/overrides", "{\"creditCode\": \"" + a + "\", \"action\": \"MAYBE\", \"reason\": \"x\"}")
                    .statusCode()).isEqualTo(400);
            assertThat(post("admin", ADMIN_PASSWORD, "C08/codes", "{\"code\": \"1311\", \"action\": \"ADD\", \"reason\": \"again\"}").statusCode())
                    .isEqualTo(400);
            assertThat(post(null, null, "C08/codes", "{\"code\": \"1312\", \"action\": \"ADD\", \"reason\": \"x\"}").statusCode()).isIn(401, 403);
        } finally {
            // back to the reference membership, as further versions
            post("admin", ADMIN_PASSWORD, "C08/codes", "{\"code\": \"1311\", \"action\": \"REMOVE\", \"reason\": \"test: restored\"}");
            post("admin", ADMIN_PASSWORD, "C02/overrides", "{\"creditCode\": \"" + a + "\", \"action\": \"REMOVE\", \"reason\": \"test: restored\"}");
            post("admin", ADMIN_PASSWORD, "C02/overrides", "{\"creditCode\": \"" + b + "\", \"action\": \"REMOVE\", \"reason\": \"test: restored\"}");
        }
        assertThat(row(api().getJson("/api/v1/clusters?year=2023"), "C02").get("scale").decimalValue()).isEqualByComparingTo("3000");
    }

    private HttpResponse<String> post(String user, String password, String code, String json) throws Exception {
        String path = code.contains("/") ? code : code + "/target";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clusters/" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
