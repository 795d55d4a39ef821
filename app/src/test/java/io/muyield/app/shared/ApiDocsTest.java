package io.muyield.app.shared;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsTest extends WebTest {

    @Test
    void openApiDescribesTheStableEndpoints() throws Exception {
        JsonNode doc = new ApiClient(port, "admin", ADMIN_PASSWORD).getJson("/api/v1/openapi");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/v1/health")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/city/summary")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/enterprises")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/enterprises/{creditCode}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/regions/{code}")).isTrue();
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        var response = ApiClient.anonymous(port).get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
