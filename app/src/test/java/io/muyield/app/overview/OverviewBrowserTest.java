package io.muyield.app.overview;

import io.muyield.app.AdminBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless Chromium: sign in, open the overview, and check that the chart shows the database's numbers. */
class OverviewBrowserTest extends AdminBrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void districtChartShowsTheDatabaseCounts() {
        browser.open("/?year=2023");
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("district-chart")).getAttribute("data-rendered")));
        Map<String, Object> option = (Map<String, Object>) browser.script(
                "var o = echarts.getInstanceByDom(document.getElementById('district-chart')).getOption();"
                        + "return {names: o.xAxis[0].data, totals: o.series[0].data, above: o.series[1].data};");
        List<String> names = (List<String>) option.get("names");
        List<Number> totals = (List<Number>) option.get("totals");
        Map<String, Long> shown = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            shown.put(names.get(i), totals.get(i).longValue());
        }
        // Counted straight from the tables, independently of the code under test.
        Map<String, Long> expected = new HashMap<>();
        database.jdbc().query("SELECT r.name_zh, COUNT(y.credit_code) FROM region r LEFT JOIN enterprise e ON e.district_code = r.code "
                        + "LEFT JOIN enterprise_year y ON y.credit_code = e.credit_code AND y.year = 2023 "
                        + "WHERE r.kind IN ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY') GROUP BY r.name_zh",
                rs -> {
                    expected.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(shown).isEqualTo(expected);
        assertThat(shown.get("渝北区")).isEqualTo(3L);
        assertThat(browser.driver().findElement(By.id("kpi-tax-per-mu")).getText()).isEqualTo("11.43");
    }

    @Test
    void englishSwitchTranslatesThePage() {
        browser.open("/?year=2023&lang=en");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("City overview");
        browser.open("/?year=2023&lang=zh_CN");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("全市总览");
    }
}
