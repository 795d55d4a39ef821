package io.muyield.app.evaluation;

import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run pages over a run of {@link TestCity}: what a clerk reads on them, in Chinese and in English. */
class RunPagesTest extends WebTest {

    private static long runId;

    @Autowired
    EvaluationService service;

    @BeforeEach
    void oneRun() {
        synchronized (RunPagesTest.class) {
            if (runId == 0) {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null,
                        List.of(new SimpleGrantedAuthority("ROLE_CITY_ADMIN"))));
                try {
                    runId = service.create("chongqing-2023", null, 2023, null).run().id();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = api().get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theRunsListLinksEveryRunAndOffersANewOneToAdministrators() throws Exception {
        String html = page("/runs");
        assertThat(html).contains("评价批次").contains("href=\"/runs/" + runId + "\"").contains("chongqing-2023 v1").contains("id=\"create-run\"");
    }

    @Test
    void theResultsPageShowsFiltersClassCountsAndRows() throws Exception {
        String html = page("/runs/" + runId);
        assertThat(html).contains("评价结果").contains("重庆长鑫汽车零部件有限公司").contains("共 4 家").contains("id=\"class-chart\"")
                .contains("/runs/" + runId + "/enterprises/" + TestCity.A.value()).contains("/api/v1/runs/" + runId + "/export?format=xlsx")
                .contains("1. run chongqing-2023");
        String filtered = page("/runs/" + runId + "?district=500107");
        assertThat(filtered).contains("共 1 家").contains("重庆九龙显示科技有限公司").doesNotContain("重庆长鑫汽车零部件有限公司")
                .contains("district=500107"); // the export links keep the filter
        assertThat(page("/runs/" + runId + "?lang=en")).contains("4 enterprises").contains("Class distribution").contains("above_scale")
                .contains("out of scope");
        assertThat(html).contains("规上工业企业").contains("不在评价范围");
        assertThat(html).contains("chongqing-2023 v1，2023 年度数据，4 家企业");
    }

    @Test
    void theEnterprisePageExplainsTheScoreAndGivesTheHealthReport() throws Exception {
        String html = page("/runs/" + runId + "/enterprises/" + TestCity.A.value());
        assertThat(html).contains("重庆长鑫汽车零部件有限公司").contains("亩均税收 = tax / land = 300 / 20 = 15.0000").contains("体检报告")
                .contains("id=\"radar-chart\"").contains("最终档次");
        assertThat(page("/runs/" + runId + "/enterprises/" + TestCity.A.value() + "?lang=en")).contains("Tax per mu = tax / land = 300 / 20 = 15.0000");
        assertThat(api().get("/runs/" + runId + "/enterprises/91500000MA5U000000").statusCode()).isEqualTo(404);
    }

    @Test
    void leagueCompareAndWhatIfPagesRender() throws Exception {
        String league = page("/runs/" + runId + "/league?by=district");
        assertThat(league).contains("渝北区").contains("13.26").contains("无上一年度");
        // one column per class with the district's count; 渝北区's row sums to its classed enterprises
        int classed = 0;
        for (String c : List.of("A", "B", "C", "D")) {
            classed += api().getJson("/api/v1/runs/" + runId + "/results?district=500112&class=" + c).path("total").asInt();
        }
        assertThat(classed).isPositive();
        String row = league.substring(league.indexOf("渝北区"), league.indexOf("</tr>", league.indexOf("渝北区")));
        assertThat(java.util.regex.Pattern.compile("<td class=\"num\">(\\d+)</td>").matcher(row).results()
                .skip(1).limit(4).mapToInt(m -> Integer.parseInt(m.group(1))).sum()).isEqualTo(classed);
        assertThat(league).containsPattern("<th class=\"num\">A</th>\\s*<th class=\"num\">B</th>\\s*<th class=\"num\">C</th>\\s*<th class=\"num\">D</th>");
        assertThat(page("/runs/" + runId + "/league?by=industry")).contains("id=\"league-table\"");
        assertThat(page("/runs/" + runId + "/league?by=industry&lang=en")).contains("36 Manufacture of Automobiles").contains("Ranked by:");
        String shares = page("/runs/" + runId + "/league?by=district&rank=top_share");
        assertThat(shares).contains("<strong>A+B类占比</strong>").contains("九龙坡区");
        assertThat(shares.indexOf("九龙坡区")).isLessThan(shares.indexOf("渝北区"));
        assertThat(page("/runs/" + runId + "/league?by=district&lang=en")).contains("Yubei District").doesNotContain("have no English name");
        assertThat(page("/runs/" + runId + "/compare?with=" + runId)).contains("id=\"transition-matrix\"").contains("档次变化 0 家");
        assertThat(page("/runs/" + runId + "/what-if")).contains("id=\"what-if-form\"").contains("亩均税收").contains("wi-share");
    }
}
