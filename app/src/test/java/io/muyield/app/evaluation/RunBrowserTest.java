package io.muyield.app.evaluation;

import io.muyield.app.BrowserSession;
import io.muyield.app.TestCity;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium, as a clerk: create a run, open its results, filter by district, open an enterprise and read its
 * explanation, radar and health report; then a what-if that changes nothing moves no one.
 */
class RunBrowserTest extends WebTest {

    private static BrowserSession browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void fromANewRunToAnEnterprisesExplanation() throws Exception {
        browser = new BrowserSession("http://localhost:" + port);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.open("/runs");
        new Select(browser.driver().findElement(By.id("create-preset"))).selectByValue("chongqing-2023");
        WebElement year = browser.driver().findElement(By.id("create-year"));
        year.clear();
        year.sendKeys("2023");
        browser.driver().findElement(By.cssSelector("#create-run button")).click();
        browser.waitUntil(d -> d.findElement(By.id("run-header")).getText().contains("2023"));
        String runUrl = browser.driver().getCurrentUrl();
        assertThat(browser.driver().findElement(By.id("result-total")).getText()).isEqualTo("共 4 家");
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("class-chart")).getAttribute("data-rendered")));

        // htmx swaps the results when the district changes
        new Select(browser.driver().findElement(By.id("filter-district"))).selectByValue("500112");
        browser.waitUntil(d -> d.findElement(By.id("result-total")).getText().equals("共 3 家"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#results-table a.unit-link"));
        assertThat(links).extracting(WebElement::getText).contains(TestCity.A.value()).doesNotContain(TestCity.B.value());

        links.stream().filter(l -> l.getText().equals(TestCity.A.value())).findFirst().orElseThrow().click();
        browser.waitUntil(d -> d.findElement(By.id("unit-name")).getText().equals("重庆长鑫汽车零部件有限公司"));
        String explanation = browser.driver().findElement(By.id("explanation")).getText();
        assertThat(explanation).contains("亩均税收 = tax / land = 300 / 20 = 15.0000").contains("最终档次");
        assertThat(browser.driver().findElement(By.id("health")).getText()).isNotBlank();
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("radar-chart")).getAttribute("data-rendered")));
        Number axes = (Number) browser.script("return echarts.getInstanceByDom(document.getElementById('radar-chart')).getOption().radar[0].indicator.length;");
        assertThat(axes.intValue()).isEqualTo(6);

        browser.driver().get(runUrl.replaceAll("\\?.*", "") + "/what-if");
        browser.driver().findElement(By.id("what-if-run")).click();
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("what-if-form")).getAttribute("data-done")));
        assertThat(browser.driver().findElement(By.id("what-if-matrix")).getText()).contains("A").contains("—");
        assertThat(browser.driver().findElement(By.id("what-if-error")).getText()).isEmpty();

        // a re-evaluation with the run's own scheme is a new run whose parent is this one
        String runPath = runUrl.replaceAll("\\?.*", "");
        String runId = runPath.substring(runPath.lastIndexOf('/') + 1);
        browser.driver().get(runPath);
        browser.driver().findElement(By.cssSelector("#rerun-form button")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().replaceAll("\\?.*", "").equals(runPath) && !d.findElements(By.id("parent-run")).isEmpty());
        assertThat(browser.driver().findElement(By.id("parent-run")).getText()).isEqualTo(runId);
        assertThat(browser.driver().findElement(By.id("result-total")).getText()).isEqualTo("共 4 家");
    }
}
