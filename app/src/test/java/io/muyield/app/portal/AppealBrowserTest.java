package io.muyield.app.portal;

import io.muyield.app.BrowserSession;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appeal end to end in headless Chromium: the enterprise user of A files against its 2023 employees with a PNG as
 * evidence, the district officer of 渝北区 forwards it, the city administrator accepts it, and the fact is changed
 * through a new batch of source "appeal"; every step is in the appeal's history and the audit trail, and notifies the
 * enterprise user (nav badge, inbox).
 */
class AppealBrowserTest extends WebTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void enterpriseFilesDistrictForwardsCityAcceptsFactChanges() throws Exception {
        TestUsers.ensure(database);
        TestRuns.published(database, 2023);
        Path evidence = Files.createTempFile("muyield-evidence", ".png");
        Files.write(evidence, PNG);
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port)) {
            browser.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/portal"));
            assertThat(browser.driver().findElement(By.id("portal-code")).getText()).isEqualTo(TestCity.A.value());
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appeal-year"))).selectByValue("2023");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("appeal-field"))).selectByValue("employees");
            browser.driver().findElement(By.id("appeal-claimed")).sendKeys("128");
            browser.driver().findElement(By.id("appeal-reason")).sendKeys("社保缴纳记录显示年平均从业人员 128 人");
            browser.driver().findElement(By.id("appeal-evidence")).sendKeys(evidence.toAbsolutePath().toString());
            browser.driver().findElement(By.id("appeal-submit")).click();
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/appeals/\\d+$"));
            Matcher m = Pattern.compile("/appeals/(\\d+)$").matcher(browser.driver().getCurrentUrl());
            assertThat(m.find()).isTrue();
            long id = Long.parseLong(m.group(1));
            assertThat(status(browser)).isEqualTo("FILED");
            assertThat(browser.driver().findElement(By.id("appeal-evidence-list")).getText()).contains(evidence.getFileName().toString())
                    .contains("image/png");

            browser.driver().manage().deleteAllCookies();
            browser.signIn(TestUsers.YUBEI, TestUsers.PASSWORD);
            browser.open("/appeals");
            assertThat(browser.driver().findElement(By.id("appeals-awaiting")).getText()).contains("#" + id);
            browser.driver().findElement(By.cssSelector("#appeals-awaiting a[href$='/appeals/" + id + "']")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/appeals/" + id));
            browser.driver().findElement(By.id("forward-note")).sendKeys("已核对社保记录");
            browser.driver().findElement(By.id("appeal-forward")).click();
            browser.waitUntil(d -> "FORWARDED".equals(statusOrNull(d)));

            browser.driver().manage().deleteAllCookies();
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.open("/appeals/" + id);
            browser.driver().findElement(By.id("appeal-accept")).click();
            browser.waitUntil(d -> "ACCEPTED".equals(statusOrNull(d)));
            String batch = browser.driver().findElement(By.id("appeal-batch")).getText().substring(1);
            assertThat(browser.driver().findElement(By.id("appeal-steps")).getText()).contains(TestUsers.ENTERPRISE_A).contains(TestUsers.YUBEI)
                    .contains("admin").contains("已核对社保记录");

            // The fact is the claimed value now, from the appeal's batch.
            BigDecimal employees = database.jdbc().queryForObject("SELECT employees FROM enterprise_year WHERE credit_code = ? AND year = 2023",
                    BigDecimal.class, TestCity.A.value());
            assertThat(employees).isEqualByComparingTo("128");
            assertThat(database.jdbc().queryForObject("SELECT employees_batch FROM enterprise_year WHERE credit_code = ? AND year = 2023",
                    Long.class, TestCity.A.value())).isEqualTo(Long.parseLong(batch));
            assertThat(database.jdbc().queryForObject("SELECT source FROM import_batch WHERE id = ?", String.class, Long.parseLong(batch)))
                    .isEqualTo("appeal");
            // Other facts of A stay as they were.
            assertThat(database.jdbc().queryForObject("SELECT tax FROM enterprise_year WHERE credit_code = ? AND year = 2023",
                    BigDecimal.class, TestCity.A.value())).isEqualByComparingTo("300");

            // The enterprise sees the corrected value and its source.
            browser.driver().manage().deleteAllCookies();
            browser.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
            browser.open("/portal");
            String cell = browser.driver().findElement(By.cssSelector("#portal-facts td[data-field=employees][data-year='2023']")).getText();
            assertThat(cell).isEqualTo("128");
            assertThat(browser.driver().findElement(By.id("portal-sources")).getText()).contains("appeal");

            // Every step notified A: the nav badge counts them, the inbox links to the appeal, "mark all read" clears it.
            assertThat(Integer.parseInt(browser.driver().findElement(By.id("notifications-badge")).getText())).isGreaterThanOrEqualTo(2);
            browser.driver().findElement(By.id("nav-notifications")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/notifications"));
            String inbox = browser.driver().findElement(By.id("notifications")).getText();
            assertThat(inbox).contains("异议 #" + id + "：").contains("已由区县转报市级").contains("被市级采纳");
            assertThat(browser.driver().findElements(By.cssSelector("#notifications a[href$='/appeals/" + id + "']"))).hasSizeGreaterThanOrEqualTo(2);
            browser.driver().findElement(By.cssSelector("#read-all-form button")).click();
            browser.waitUntil(d -> d.findElements(By.id("read-all-form")).isEmpty());
            assertThat(browser.driver().findElements(By.id("notifications-badge"))).isEmpty();

            List<String> actions = new AuditRepository(database).about("appeal:" + id).stream().map(AuditEntry::action).toList();
            assertThat(actions.subList(0, 3)).containsExactly("APPEAL_FILED", "APPEAL_FORWARDED", "APPEAL_ACCEPTED");
            // and, when another web test stored a run of 2023 in the shared database, the re-evaluation it caused
            assertThat(actions.subList(3, actions.size())).allMatch(a -> a.equals("APPEAL_REEVALUATED"));

            // The district officer downloads the evidence as it was sent; the download is audited too.
            long evidenceId = new AppealRepository(database).evidence(id).get(0).id();
            FormSession yubei = signedIn(TestUsers.YUBEI, TestUsers.PASSWORD);
            var download = yubei.getBytes("/appeals/" + id + "/evidence/" + evidenceId);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(PNG);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
            assertThat(new AuditRepository(database).about("appeal:" + id)).extracting(AuditEntry::action).endsWith("EVIDENCE_VIEW");
        } finally {
            Files.deleteIfExists(evidence);
        }
    }

    /** The shown status, or null while the page is being replaced (after a form POST and its redirect). */
    private static String statusOrNull(org.openqa.selenium.WebDriver d) {
        try {
            return d.findElement(By.id("appeal-status")).getAttribute("data-status");
        } catch (org.openqa.selenium.WebDriverException e) {
            // stale or missing element, or Chromium's "node does not belong to the document" while the page is replaced
            return null;
        }
    }

    private static String status(BrowserSession browser) {
        return browser.driver().findElement(By.id("appeal-status")).getAttribute("data-status");
    }
}
