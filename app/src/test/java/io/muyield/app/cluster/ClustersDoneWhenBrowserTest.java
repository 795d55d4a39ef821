package io.muyield.app.cluster;

import io.muyield.app.AdminBrowserTest;
import io.muyield.app.TestCity;
import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.FactValue;
import io.muyield.core.fact.YearlyFacts;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.write.BatchDescription;
import io.muyield.store.write.FactBatchWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's "done when", walked in headless Chromium by a user who starts at the overview: which tier targets are off
 * track and why, which districts lead a cluster, where a 新星 cluster should grow (and why, in two kinds of reasons), and
 * a click through to the enterprise facts behind a number. On a database of its own: TestCity plus three years of
 * autos in 渝北 (output 5,000 → 5,500 → 6,000, so C01 has a trend), displays 3974 in 九龙坡 (7,000) and 渝北 (2,000),
 * semiconductors 3972 in 渝北 (1,000; RCA 0.82 there), and 3974 + 3972 together in 渝中 (1,000 each). RCA ≥ 1: 3974 in
 * 九龙坡 and 渝中, 3972 in 渝中 only, so φ(3974, 3972) = 1 / max(2, 1) = ½: 九龙坡, with displays and no semiconductors,
 * is placed for 功率半导体 S01 because of 3974 (related), 渝中 because it has 3972 itself (existing) and 3974 (related).
 */
class ClustersDoneWhenBrowserTest extends AdminBrowserTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-done-when");
    }

    private static final CreditCode AUTOS = TestCity.code("500112", "2000001");
    private static final CreditCode DISPLAY_JLP = TestCity.code("500107", "2000002");
    private static final CreditCode DISPLAY_YB = TestCity.code("500112", "2000003");
    private static final CreditCode CHIPS_YB = TestCity.code("500112", "2000004");
    private static final CreditCode DISPLAY_YZ = TestCity.code("500103", "2000005");
    private static final CreditCode CHIPS_YZ = TestCity.code("500103", "2000006");

    @BeforeEach
    void moreYearsAndIndustries() {
        Integer present = database.jdbc().queryForObject("SELECT COUNT(*) FROM enterprise WHERE credit_code = ?", Integer.class, AUTOS.value());
        if (present != null && present > 0) {
            return;
        }
        List<Enterprise> es = List.of(enterprise(AUTOS, "重庆渝北整车有限公司", "500112", "3612"),
                enterprise(DISPLAY_JLP, "重庆九龙坡面板有限公司", "500107", "3974"), enterprise(DISPLAY_YB, "重庆渝北面板有限公司", "500112", "3974"),
                enterprise(CHIPS_YB, "重庆渝北功率器件有限公司", "500112", "3972"), enterprise(DISPLAY_YZ, "重庆渝中显示有限公司", "500103", "3974"),
                enterprise(CHIPS_YZ, "重庆渝中芯片有限公司", "500103", "3972"));
        List<YearlyFacts> fs = new ArrayList<>(List.of(output(AUTOS, 2021, "5000"), output(AUTOS, 2022, "5500"), output(AUTOS, 2023, "6000"),
                output(DISPLAY_JLP, 2023, "7000"), output(DISPLAY_YB, 2023, "2000"), output(CHIPS_YB, 2023, "1000"),
                output(DISPLAY_YZ, 2023, "1000"), output(CHIPS_YZ, 2023, "1000")));
        new FactBatchWriter(database).write(BatchDescription.of("test", "done when"), es, fs);
    }

    private static Enterprise enterprise(CreditCode code, String name, String district, String industry) {
        return new Enterprise(code, name, district, Optional.empty(), Optional.empty(), IndustryCode.parse(industry), LocalDate.of(2012, 5, 1),
                EnterpriseStatus.ACTIVE);
    }

    private static YearlyFacts output(CreditCode code, int year, String output) {
        EnumMap<FactField, FactValue> m = new EnumMap<>(FactField.class);
        m.put(FactField.OUTPUT, new FactValue(new BigDecimal(output), 0));
        return new YearlyFacts(code, year, true, m);
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    @Test
    void fromTheOverviewANewUserFindsWhatIsOffTrackWhoLeadsWhereToGrowAndTheFactsBehind() {
        // the overview → the clusters overview through the navigation
        browser.open("/");
        find("nav a[href='/clusters']").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/clusters"));

        // which tier targets are off track, and why: needed growth to the target year against the trend since its first year
        assertThat(Integer.parseInt(find("#kpi-off-track").getText())).isPositive();
        WebElement autos = find("#cluster-table tr[data-id='C01']");
        assertThat(autos.getAttribute("data-status")).isEqualTo("OFF_TRACK");
        assertThat(autos.getText()).contains("万亿级");
        WebElement why = browser.driver().findElements(By.cssSelector("#off-track li")).stream()
                .filter(li -> li.findElement(By.tagName("a")).getAttribute("href").contains("/clusters/C01")).findFirst().orElseThrow();
        assertThat(why.getText()).contains("2027").contains("2021").contains("%");

        // which districts lead a cluster: electronics C02, 九龙坡 (7,000 + TestCity's 3,000) ahead of 渝北 (2,000)
        browser.open("/clusters/C02?year=2023");
        List<WebElement> districts = browser.driver().findElements(By.cssSelector("#district-table tbody tr"));
        assertThat(districts.get(0).getText()).contains("九龙坡区");
        assertThat(districts.get(1).getText()).contains("渝北区");

        // every number traceable to enterprise facts: the top enterprise → its page → the output it reported, with its batch
        WebElement top = find("#top-table tbody tr a");
        assertThat(top.getText()).isEqualTo("重庆九龙坡面板有限公司");
        top.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/enterprises/" + DISPLAY_JLP.value()));
        WebElement facts = find("#facts-table");
        assertThat(facts.getText()).contains("2023").contains("7,000.00");
        assertThat(facts.findElement(By.xpath(".//span[contains(., '7,000.00')]")).getAttribute("title")).contains("#");

        // where a 新星 cluster should grow, with the two kinds of reasons apart
        browser.open("/clusters");
        find("a[href='/clusters/placements']").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/clusters/placements"));
        WebElement jiulongpo = find("#placement-table tr[data-district='500107']");
        assertThat(jiulongpo.findElement(By.cssSelector("ol li")).getText()).contains("功率半导体");
        assertThat(jiulongpo.findElement(By.cssSelector("ul.existing li[data-cluster='S01']")).getText()).contains("尚无");
        assertThat(jiulongpo.findElement(By.cssSelector("ul.related li[data-cluster='S01']")).getText()).contains("3974").contains("3972")
                .contains("φ=0.5");
        // 渝中 has 3972 itself (RCA (1,000 / 2,000) ÷ (2,000 / 30,800) = 7.7): an existing strength, listed apart from 3974
        WebElement yuzhong = find("#placement-table tr[data-district='500103']");
        assertThat(yuzhong.findElement(By.cssSelector("ol li")).getText()).contains("功率半导体");
        assertThat(yuzhong.findElement(By.cssSelector("ul.existing li[data-cluster='S01']")).getText()).contains("3972").contains("RCA=7.7");
        List<String> related = yuzhong.findElements(By.cssSelector("ul.related li[data-cluster='S01'] span")).stream().skip(1)
                .map(WebElement::getText).toList();
        assertThat(related).anySatisfy(r -> assertThat(r).startsWith("3974").contains("→ 3972"));
        assertThat(related).noneSatisfy(r -> assertThat(r).startsWith("3972"));     // a member is never its own related industry
    }
}
