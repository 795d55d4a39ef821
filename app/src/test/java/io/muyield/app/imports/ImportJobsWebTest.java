package io.muyield.app.imports;

import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload form imports in the background: the answer is the job's page, whose status fragment htmx polls until the
 * job is done and then shows the result; the job is its owner's and the city administrators' only.
 */
class ImportJobsWebTest extends WebTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-jobstest");
    }

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportService service;

    @BeforeEach
    void users() {
        TestUsers.ensure(database);
    }

    private static byte[] tax() {
        return ("统一社会信用代码,纳税人名称,税款所属年度,实缴税额合计(万元)\n" + TestCity.A.value() + ",长鑫,2026,12\n"
                + TestCity.B.value() + ",九龙,2026,8\n" + "9150011299999999XX,坏代码,2026,1\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theUploadFormAnswersWithTheJobsPageWhichPollsUntilTheResult() throws Exception {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/imports").body()).contains("action=\"/imports/jobs\"");
        HttpResponse<String> started = admin.postMultipart("/imports/jobs", Map.of("year", "2026"), "files", Map.of("tax_2026.csv", tax()));
        assertThat(started.statusCode()).isBetween(300, 399);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/imports/jobs/[0-9a-f-]{36}$");
        String path = location.substring(location.indexOf("/imports/jobs/"));

        String status = "";
        for (int i = 0; i < 600 && !status.contains("data-state=\"DONE\""); i++) {
            status = admin.get(path + "/status").body();
            if (!status.contains("data-state=\"DONE\"")) {
                assertThat(status).contains("hx-trigger=\"every 1s\"").contains("hx-get=\"" + path + "/status\"");
                Thread.sleep(100);
            }
        }
        assertThat(status).contains("data-state=\"DONE\"").doesNotContain("hx-trigger").contains("value=\"100\"")
                .contains("id=\"result-summary\"").contains("tax_2026.csv").contains("读取 3 行，接受 2 行（含当前文件），拒绝 1 行");
        String page = admin.get(path).body();
        assertThat(page).contains("id=\"job-status\"").contains("htmx.min.js").contains("2026 年度：tax_2026.csv");
        assertThat(admin.get("/imports").body()).contains("tax_2026.csv");

        FormSession analyst = new FormSession(port);
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        assertThat(analyst.get(path + "/status").statusCode()).as("not the analyst's job").isEqualTo(404);
        FormSession enterprise = new FormSession(port);
        enterprise.signIn(TestUsers.ENTERPRISE_A, TestUsers.PASSWORD);
        assertThat(enterprise.get(path).statusCode()).isEqualTo(403);
        assertThat(admin.get("/imports/jobs/no-such-job").statusCode()).isEqualTo(404);
    }

    @Test
    void aJobIsItsOwnersAndTheCityAdministratorsOnly() throws Exception {
        Path dir = Files.createTempDirectory("muyield-upload");
        Path file = dir.resolve("tax_2026.csv");
        Files.write(file, tax());
        FormSession analyst = new FormSession(port);
        analyst.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        ImportJob job;
        synchronized (service.importer()) { // the run waits for this lock: the job stays RUNNING meanwhile
            job = jobs.submit(TestUsers.ANALYST, dir, List.of(file), 2026, Optional.of("tax"));
            assertThat(jobs.find(job.id(), TestUsers.ANALYST, false)).contains(job);
            assertThat(jobs.find(job.id(), "t-yubei", false)).isEmpty();
            assertThat(jobs.find(job.id(), "admin", true)).contains(job);
            for (int i = 0; i < 100 && job.state() != ImportJob.State.RUNNING; i++) {
                Thread.sleep(50);
            }
            HttpResponse<String> running = analyst.get("/imports/jobs/" + job.id() + "/status");
            assertThat(running.statusCode()).as("the owner sees it").isEqualTo(200);
            assertThat(running.body()).contains("data-state=\"RUNNING\"", "hx-trigger=\"every 1s\"",
                    "hx-get=\"/imports/jobs/" + job.id() + "/status\"", "value=\"0\"", "导入中").doesNotContain("result-summary");
        }
        for (int i = 0; i < 600 && !job.finished(); i++) {
            Thread.sleep(50);
        }
        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(analyst.get("/imports/jobs/" + job.id() + "/status").body()).contains("data-state=\"DONE\"").doesNotContain("hx-trigger");
    }
}
