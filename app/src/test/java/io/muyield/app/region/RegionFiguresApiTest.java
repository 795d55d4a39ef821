package io.muyield.app.region;

import com.fasterxml.jackson.databind.JsonNode;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TestCity 2023 by hand. 渝北 500112: A (tax 300, 20 mu), C (tax 5, 3 mu), D (no land) → 亩均税收 305/23 = 13.26.
 * 九龙坡 500107: B (tax 100, 15 mu) → 6.67. 两江新区: A → 15. City: 405/38.
 * League on TAX_PER_MU:100: 两江 15 ÷ (405/38) × 100 = 140.74, 渝北 (305/23) ÷ (405/38) × 100 = 124.42,
 * 九龙坡 (100/15) ÷ (405/38) × 100 = 62.55; the rest 0.
 */
class RegionFiguresApiTest extends WebTest {

    @Test
    void aDistrictSummaryFromSummedFacts() throws Exception {
        JsonNode s = api().getJson("/api/v1/regions/500112/summary?year=2023");
        assertThat(s.get("region").get("nameZh").asText()).isEqualTo("渝北区");
        JsonNode y2023 = s.get("series").get(0);
        assertThat(y2023.get("year").asInt()).isEqualTo(2023);
        assertThat(y2023.get("values").get("ENTERPRISES").asLong()).isEqualTo(3);
        assertThat(y2023.get("values").get("TAX_PER_MU").decimalValue()).isEqualByComparingTo("13.26");
        assertThat(s.get("clusters").get(0).get("id").asText()).isEqualTo("C01");
        assertThat(s.get("top").get(0).get("name").asText()).isEqualTo("重庆长鑫汽车零部件有限公司");
        JsonNode zone = api().getJson("/api/v1/regions/CQ-LJXQ/summary?year=2023");
        assertThat(zone.get("series").get(0).get("values").get("TAX_PER_MU").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(api().status("/api/v1/regions/nowhere/summary")).isEqualTo(404);
    }

    @Test
    void leagueOnAScorecard() throws Exception {
        JsonNode l = api().getJson("/api/v1/league/districts?year=2023&scorecard=TAX_PER_MU:100");
        JsonNode rows = l.get("rows");
        assertThat(rows.size()).isEqualTo(41);  // 38 districts and counties + 3 functional zones
        assertThat(rows.get(0).get("code").asText()).isEqualTo("CQ-LJXQ");
        assertThat(rows.get(0).get("score").decimalValue()).isEqualByComparingTo("140.74");
        assertThat(rows.get(1).get("code").asText()).isEqualTo("500112");
        assertThat(rows.get(1).get("score").decimalValue()).isEqualByComparingTo("124.42");
        assertThat(rows.get(2).get("score").decimalValue()).isEqualByComparingTo("62.55");
        assertThat(rows.get(0).get("movement").isNull()).isTrue();   // no 2022 data
        assertThat(api().status("/api/v1/league/districts?scorecard=NOPE:1")).isEqualTo(400);
        assertThat(api().getJson("/api/v1/league/districts?year=2023").get("scorecard")).hasSize(4);
    }

    @Test
    void compareMapFiguresAndShapes() throws Exception {
        JsonNode c = api().getJson("/api/v1/regions/compare?codes=500112,500107&year=2023");
        assertThat(c.get("regions")).hasSize(2);
        assertThat(c.get("regions").get(1).get("values").get("TAX_PER_MU").decimalValue()).isEqualByComparingTo("6.67");
        assertThat(api().status("/api/v1/regions/compare?codes=1,2,3,4,5,6,7,8,9,10,11")).isEqualTo(400);
        JsonNode f = api().getJson("/api/v1/regions/figures?year=2023");
        assertThat(f.get("regions")).hasSize(41);
        assertThat(f.get("metrics").size()).isEqualTo(15);
        JsonNode geo = api().getJson("/api/v1/map/chongqing-districts");
        assertThat(geo.get("features")).hasSize(38);
    }

    @Test
    void pagesRender() throws Exception {
        for (String path : new String[]{"/regions/500112?year=2023", "/regions/CQ-LJXQ?year=2023", "/regions/compare?codes=500112,500107",
                "/league?year=2023", "/league?year=2023&scorecard=OUTPUT:1", "/map?year=2023", "/screen"}) {
            assertThat(api().get(path).statusCode()).as(path).isEqualTo(200);
        }
    }
}
