package io.muyield.app.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.ApiClient;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseApiTest extends WebTest {

    private ApiClient api;

    @BeforeEach
    void signIn() {
        api = api();
    }

    @Test
    void listsFilteredAndPaged() throws Exception {
        assertThat(codes(api.getJson("/api/v1/enterprises?district=500112"))).containsExactlyInAnyOrder(
                TestCity.A.value(), TestCity.C.value(), TestCity.D.value());
        assertThat(codes(api.getJson("/api/v1/enterprises?district=CQ-LJXQ"))).containsExactly(TestCity.A.value());
        assertThat(codes(api.getJson("/api/v1/enterprises?industry=36"))).containsExactlyInAnyOrder(TestCity.A.value(), TestCity.D.value());
        assertThat(codes(api.getJson("/api/v1/enterprises?aboveScale=false&year=2023"))).containsExactly(TestCity.C.value());
        JsonNode page = api.getJson("/api/v1/enterprises?size=2&page=1");
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("pages").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
    }

    @Test
    void oneEnterpriseWithItsFactsAndTheirBatch() throws Exception {
        JsonNode d = api.getJson("/api/v1/enterprises/" + TestCity.B.value());
        assertThat(d.get("enterprise").get("districtCode").asText()).isEqualTo("500107");
        JsonNode y2023 = d.get("years").get(0);
        assertThat(y2023.get("year").asInt()).isEqualTo(2023);
        assertThat(y2023.get("landUsedMu").decimalValue()).isEqualByComparingTo("15");
        JsonNode tax = null;
        for (JsonNode f : y2023.get("facts")) {
            if (f.get("field").asText().equals("tax")) {
                tax = f;
            }
        }
        assertThat(tax).isNotNull();
        assertThat(tax.get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(tax.get("unit").asText()).isEqualTo("万元");
        long batch = tax.get("batchId").asLong();
        assertThat(database.jdbc().queryForObject("SELECT source FROM import_batch WHERE id = ?", String.class, batch)).isEqualTo("test");
    }

    @Test
    void unknownOrMalformedCodeIs404AndBadFilterIs400() throws Exception {
        assertThat(api.status("/api/v1/enterprises/91500112MA00000000")).isEqualTo(404);
        assertThat(api.status("/api/v1/enterprises/not-a-code")).isEqualTo(404);
        assertThat(api.status("/api/v1/enterprises?industry=36A")).isEqualTo(400);
        assertThat(api.status("/api/v1/enterprises?size=100000")).isEqualTo(400);
    }

    @Test
    void pagesRender() throws Exception {
        assertThat(api.get("/enterprises?district=500112").body()).contains(TestCity.A.value()).doesNotContain(TestCity.B.value());
        assertThat(api.get("/enterprises/" + TestCity.A.value()).body()).contains("重庆长鑫汽车零部件有限公司").contains("实缴税金");
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(i -> codes.add(i.get("creditCode").asText()));
        return codes;
    }
}
