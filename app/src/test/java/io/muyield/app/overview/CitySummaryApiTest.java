package io.muyield.app.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitySummaryApiTest extends WebTest {

    private ApiClient api;

    @BeforeEach
    void signIn() {
        api = api();
    }

    @Test
    void perMuFiguresAreSummedFactsOverAboveScaleManufacturersWithLand() throws Exception {
        JsonNode s = api.getJson("/api/v1/city/summary?year=2023");
        // A + B: tax 400, VA 2600, output 12000 over 20 + 15 = 35 mu; D (no land) is left out, C is 规下.
        assertThat(s.get("taxPerMu").decimalValue()).isEqualByComparingTo("11.43");        // 400 / 35 = 11.4286
        assertThat(s.get("valueAddedPerMu").decimalValue()).isEqualByComparingTo("74.29");  // 2600 / 35 = 74.2857
        assertThat(s.get("outputPerMu").decimalValue()).isEqualByComparingTo("342.86");     // 12000 / 35 = 342.857
        assertThat(s.get("perMuIncluded").asInt()).isEqualTo(2);
        assertThat(s.get("perMuExcluded").asInt()).isEqualTo(1);
        assertThat(s.get("manufacturingSums").get("landMu").decimalValue()).isEqualByComparingTo("35");
        assertThat(s.get("enterprises").asLong()).isEqualTo(4);
        assertThat(s.get("aboveScaleEnterprises").asLong()).isEqualTo(3);
        assertThat(s.get("manufacturingAboveScaleEnterprises").asLong()).isEqualTo(3);
    }

    @Test
    void countsByDistrictZoneAndTier() throws Exception {
        JsonNode s = api.getJson("/api/v1/city/summary?year=2023");
        assertThat(row(s.get("byDistrict"), "500112").get("enterprises").asLong()).isEqualTo(3);
        assertThat(row(s.get("byDistrict"), "500112").get("aboveScaleEnterprises").asLong()).isEqualTo(2);
        assertThat(row(s.get("byDistrict"), "500107").get("enterprises").asLong()).isEqualTo(1);
        assertThat(row(s.get("byZone"), "CQ-LJXQ").get("enterprises").asLong()).isEqualTo(1);
        // A and D (3612, autos) and B (3974, electronics ⊃ display) are trillion-tier; each counted once.
        assertThat(tier(s, "TRILLION").get("enterprises").asLong()).isEqualTo(3);
        long total = 0;
        for (JsonNode t : s.get("byClusterTier")) {
            total += t.get("enterprises").asLong();
        }
        assertThat(total).isEqualTo(4);
    }

    @Test
    void aYearWithoutDataIsEmptyNotAnError() throws Exception {
        JsonNode s = api.getJson("/api/v1/city/summary?year=2019");
        assertThat(s.get("enterprises").asLong()).isZero();
        assertThat(s.get("taxPerMu").isNull()).isTrue();
    }

    @Test
    void needsSigningInButHealthDoesNot() throws Exception {
        assertThat(ApiClient.anonymous(port).status("/api/v1/city/summary?year=2023")).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).status("/api/v1/health")).isEqualTo(200);
        assertThat(new ApiClient(port, "admin", "wrong-password").status("/api/v1/city/summary")).isEqualTo(401);
    }

    @Test
    void badYearIsA400WithAReason() throws Exception {
        assertThat(api.status("/api/v1/city/summary?year=abc")).isEqualTo(400);
        assertThat(api.status("/api/v1/city/summary?year=1800")).isEqualTo(400);
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode r : rows) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private static JsonNode tier(JsonNode s, String tier) {
        for (JsonNode r : s.get("byClusterTier")) {
            if (r.get("tier").asText().equals(tier)) {
                return r;
            }
        }
        throw new AssertionError("no tier " + tier);
    }

}
