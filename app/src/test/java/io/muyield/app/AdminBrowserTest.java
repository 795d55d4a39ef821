package io.muyield.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** A web test driving headless Chromium as the signed-in city administrator: one browser per test class. */
public abstract class AdminBrowserTest extends WebTest {

    protected static BrowserSession browser;

    @BeforeEach
    void openBrowserSignedIn() throws Exception {
        if (browser == null) {
            browser = new BrowserSession("http://localhost:" + port);
            browser.signIn("admin", ADMIN_PASSWORD);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
