package io.muyield.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.store.cluster.ClusterCube;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoped users on the cluster, region and league endpoints, which read the pre-aggregated cube (V9) filtered by the
 * same scope condition. TestCity 2023: 渝北 A (autos, 两江新区), C (rice), D (autos); 九龙坡 B (display, C02 and C07).
 * The park officer's park has no enterprises. The enterprise user's scope (one credit code) is not a cube dimension and
 * is answered from enterprise_year.
 */
class ClusterScopeTest extends WebTest {

    @BeforeEach
    void users() {
        TestUsers.ensure(database);
    }

    private static JsonNode cluster(JsonNode overview, String id) {
        for (JsonNode r : overview.get("clusters")) {
            if (r.get("id").asText().equals(id)) {
                return r.get("figures");
            }
        }
        throw new AssertionError("no cluster " + id);
    }

    private static long enterprises(JsonNode figures, String code) {
        for (JsonNode r : figures.get("regions")) {
            if (r.get("code").asText().equals(code)) {
                JsonNode n = r.get("values").get("ENTERPRISES");
                return n == null || n.isNull() ? 0 : n.asLong();
            }
        }
        return 0;
    }

    @Test
    void districtAndParkOfficersSeeOnlyTheirScope() throws Exception {
        assertThat(ClusterCube.current(database)).as("the writers keep the cube current").isTrue();
        ApiClient yubei = new ApiClient(port, TestUsers.YUBEI, TestUsers.PASSWORD);
        JsonNode y = yubei.getJson("/api/v1/clusters?year=2023");
        assertThat(y.get("allClusters").get("enterprises").asLong()).isEqualTo(3);       // A, C, D
        assertThat(cluster(y, "C01").get("enterprises").asLong()).isEqualTo(2);
        assertThat(cluster(y, "C02").get("enterprises").asLong()).isZero();            // B is in 九龙坡
        JsonNode yMap = yubei.getJson("/api/v1/regions/figures?year=2023");
        assertThat(enterprises(yMap, "500112")).isEqualTo(3);
        assertThat(enterprises(yMap, "500107")).isZero();
        JsonNode yLeague = yubei.getJson("/api/v1/league/districts?year=2023&scorecard=OUTPUT:1");
        assertThat(yLeague.get("rows").get(0).get("code").asText()).isIn("500112", "CQ-LJXQ");

        ApiClient jiulongpo = new ApiClient(port, TestUsers.JIULONGPO, TestUsers.PASSWORD);
        JsonNode j = jiulongpo.getJson("/api/v1/clusters?year=2023");
        assertThat(j.get("allClusters").get("enterprises").asLong()).isEqualTo(1);       // B
        assertThat(cluster(j, "C02").get("enterprises").asLong()).isEqualTo(1);
        assertThat(cluster(j, "C01").get("enterprises").asLong()).isZero();
        assertThat(enterprises(jiulongpo.getJson("/api/v1/regions/figures?year=2023"), "500112")).isZero();

        ApiClient park = new ApiClient(port, TestUsers.PARK, TestUsers.PASSWORD);
        assertThat(park.getJson("/api/v1/clusters?year=2023").get("allClusters").get("enterprises").asLong()).isZero();
        assertThat(enterprises(park.getJson("/api/v1/regions/figures?year=2023"), "500112")).isZero();

        ApiClient enterprise = new ApiClient(port, TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        JsonNode e = enterprise.getJson("/api/v1/clusters?year=2023");
        assertThat(e.get("allClusters").get("enterprises").asLong()).isEqualTo(1);      // A only
        assertThat(cluster(e, "C01").get("enterprises").asLong()).isEqualTo(1);
    }
}
