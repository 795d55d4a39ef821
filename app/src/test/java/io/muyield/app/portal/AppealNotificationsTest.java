package io.muyield.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.muyield.app.FormSession;
import io.muyield.app.TestCity;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.app.evaluation.TestRuns;
import io.muyield.store.notification.Notification;
import io.muyield.store.notification.NotificationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every appeal step notifies the users it concerns, and nobody else: the enterprise's users, the officers of the
 * district and of the functional zone that hold the enterprise, the city administrators; the correction run the
 * city's administrators and analysts and the officers. Never the actor, the auditor, the park officer without the
 * enterprise, the other district or the other enterprise. Then the inbox: its page, badge, API, and marks.
 */
class AppealNotificationsTest extends WebTest {

    private static final String ADMIN2 = "t-admin2";
    private static final String YUBEI2 = "t-yubei2";
    private static final String ZONE = "t-ljxq";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Its own database: it counts every notification of every user. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-notificationtest");
    }

    @Test
    void eachAppealStepNotifiesTheUsersConcernedAndNobodyElse() throws Exception {
        TestUsers.ensure(database);
        TestUsers.add(database, ADMIN2, "CITY_ADMIN", null);
        TestUsers.add(database, YUBEI2, "DISTRICT_OFFICER", "500112");
        TestUsers.add(database, ZONE, "DISTRICT_OFFICER", "CQ-LJXQ");
        TestRuns.published(database, 2023);
        NotificationRepository notifications = new NotificationRepository(database);
        FormSession a = session(TestUsers.ENTERPRISE_A);
        FormSession yubei = session(TestUsers.YUBEI);
        FormSession admin = session("admin");

        // filed: the district and zone officers of A (the filer is A's only user)
        long taxAppeal = file(a, "tax");
        assertThat(recipients(notifications, taxAppeal, "APPEAL_FILED")).containsExactlyInAnyOrder(TestUsers.YUBEI, YUBEI2, ZONE);
        // forwarded: A, the other officers of A, the city administrators; not the forwarding officer
        assertThat(yubei.post("/appeals/" + taxAppeal + "/forward", Map.of("note", "checked")).statusCode()).isEqualTo(302);
        assertThat(recipients(notifications, taxAppeal, "APPEAL_FORWARDED"))
                .containsExactlyInAnyOrder(TestUsers.ENTERPRISE_A, YUBEI2, ZONE, "admin", ADMIN2);
        // accepted: A, the officers, the other administrator; and the correction run to the city and the officers
        assertThat(admin.post("/appeals/" + taxAppeal + "/accept", Map.of("note", "proven")).statusCode()).isEqualTo(302);
        assertThat(recipients(notifications, taxAppeal, "APPEAL_ACCEPTED"))
                .containsExactlyInAnyOrder(TestUsers.ENTERPRISE_A, TestUsers.YUBEI, YUBEI2, ZONE, ADMIN2);
        List<Notification> correction = notifications.of(TestUsers.ANALYST, false, 10).stream().filter(n -> n.kind().equals("APPEAL_CORRECTION_RUN")).toList();
        assertThat(correction).hasSize(1);
        String run = correction.get(0).subject();
        assertThat(run).matches("run:\\d+");
        assertThat(notifications.about(run)).extracting(Notification::recipient)
                .containsExactlyInAnyOrder(TestUsers.ANALYST, ADMIN2, TestUsers.YUBEI, YUBEI2, ZONE);
        assertThat(correction.get(0).params()).containsExactly(Long.toString(taxAppeal), "重庆长鑫汽车零部件有限公司", TestCity.A.value(), "2023",
                "field:tax", run.substring(4));

        // returned by the district: A and the other officers
        long outputAppeal = file(a, "output");
        assertThat(yubei.post("/appeals/" + outputAppeal + "/reject", Map.of("note", "no evidence")).statusCode()).isEqualTo(302);
        assertThat(recipients(notifications, outputAppeal, "APPEAL_RETURNED")).containsExactlyInAnyOrder(TestUsers.ENTERPRISE_A, YUBEI2, ZONE);
        // rejected by the city: A, every officer of A, the other administrator
        long vaAppeal = file(a, "value_added");
        yubei.post("/appeals/" + vaAppeal + "/forward", Map.of("note", "to the city"));
        assertThat(admin.post("/appeals/" + vaAppeal + "/reject", Map.of("note", "not proven")).statusCode()).isEqualTo(302);
        assertThat(recipients(notifications, vaAppeal, "APPEAL_REJECTED"))
                .containsExactlyInAnyOrder(TestUsers.ENTERPRISE_A, TestUsers.YUBEI, YUBEI2, ZONE, ADMIN2);

        // nobody else ever: the other district, the other enterprise, the park officer without A, the auditor
        for (String outsider : List.of(TestUsers.JIULONGPO, TestUsers.ENTERPRISE_B, TestUsers.PARK, TestUsers.AUDITOR)) {
            assertThat(notifications.of(outsider, false, 100)).as(outsider).isEmpty();
        }
        // a step that fails (an accepted appeal cannot be rejected) changes nothing and notifies nobody
        int before = notifications.about("appeal:" + taxAppeal).size();
        admin.post("/appeals/" + taxAppeal + "/reject", Map.of("note", "again"));
        assertThat(notifications.about("appeal:" + taxAppeal)).hasSize(before);

        // The inbox of A: five notifications (forwarded, accepted; returned; forwarded, rejected), in both languages, with the badge.
        String page = a.get("/notifications").body();
        assertThat(page).contains("id=\"notifications-badge\"").contains("data-unread=\"5\"")
                .contains("异议 #" + taxAppeal + "：重庆长鑫汽车零部件有限公司（" + TestCity.A.value() + "）2023 年“实缴税金”被市级采纳")
                .contains("href=\"/appeals/" + taxAppeal + "\"");
        assertThat(a.get("/notifications?lang=en").body()).contains("Appeal #" + outputAppeal + ": ").contains("was rejected by the district");
        JsonNode inbox = JSON.readTree(a.get("/api/v1/notifications").body());
        assertThat(inbox.path("unread").asLong()).isEqualTo(5);
        assertThat(inbox.path("items")).hasSize(5);
        assertThat(inbox.path("items").get(0).path("kind").asText()).isEqualTo("APPEAL_REJECTED");
        assertThat(inbox.path("items").get(0).path("link").asText()).isEqualTo("/appeals/" + vaAppeal);
        long first = inbox.path("items").get(0).path("id").asLong();

        // A marks its own read; another user's is not found, and stays unread
        long yubeis = notifications.of(TestUsers.YUBEI, true, 1).get(0).id();
        assertThat(a.postJson("/api/v1/notifications/" + yubeis + "/read", "{}").statusCode()).isEqualTo(404);
        assertThat(a.post("/notifications/" + yubeis + "/read", Map.of()).statusCode()).isEqualTo(404);
        assertThat(notifications.find(yubeis, TestUsers.YUBEI).orElseThrow().unread()).isTrue();
        assertThat(a.postJson("/api/v1/notifications/" + first + "/read", "{}").statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(a.get("/api/v1/notifications?unread=true").body()).path("items")).hasSize(4);
        HttpResponse<String> all = a.post("/notifications/read-all", Map.of());
        assertThat(all.statusCode()).isEqualTo(302);
        assertThat(notifications.unread(TestUsers.ENTERPRISE_A)).isZero();
        assertThat(a.get("/notifications").body()).doesNotContain("id=\"notifications-badge\"").contains("data-unread=\"0\"");
        assertThat(notifications.unread(TestUsers.YUBEI)).isPositive();
    }

    private FormSession session(String user) throws Exception {
        return signedIn(user, user.equals("admin") ? ADMIN_PASSWORD : TestUsers.PASSWORD);
    }

    private static long file(FormSession enterprise, String field) throws Exception {
        String location = enterprise.postMultipart("/portal/appeals", Map.of("field", field, "year", "2023", "claimed", "12",
                "reason", "notification test"), "evidence", Map.of()).headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/appeals/\\d+$");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static List<String> recipients(NotificationRepository notifications, long appeal, String kind) {
        return notifications.about("appeal:" + appeal).stream().filter(n -> n.kind().equals(kind)).map(Notification::recipient).toList();
    }
}
