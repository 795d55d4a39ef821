package io.muyield.app.evaluation;

import io.muyield.app.FormSession;
import io.muyield.app.TestUsers;
import io.muyield.app.WebTest;
import io.muyield.store.audit.AuditEntry;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.evaluation.Publication;
import io.muyield.store.evaluation.PublicationRepository;
import io.muyield.store.evaluation.PublicationState;
import io.muyield.store.notification.Notification;
import io.muyield.store.notification.NotificationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice period's moves notify everyone whose scope holds an enterprise of the run, and an ended notice period
 * closes by itself: on the day after its end date, once, as the system actor, audited and notified — also when two
 * closers (two application instances) run at the same moment.
 */
class NoticePeriodCloserTest extends WebTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        useOwnDatabase(registry, "muyield-noticeclosetest");
    }

    @Autowired
    PublicationRepository publications;

    @Autowired
    RunPublications moves;

    @Autowired
    NoticePeriodCloser scheduled;

    @Test
    void publishingNotifiesTheRunsAudienceAndTheEndedNoticePeriodClosesByItselfOnce() throws Exception {
        TestUsers.ensure(database);
        NotificationRepository notifications = new NotificationRepository(database);
        AuditRepository audit = new AuditRepository(database);
        long run = TestRuns.draft(database, "chongqing-2023", 2023, "test");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate end = today.plusDays(1);
        FormSession admin = signedIn("admin", ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/v1/runs/" + run + "/publication", "{\"state\": \"PUBLISHED\", \"noticeEnd\": \"" + end + "\"}")
                .body()).contains("\"state\":\"PUBLISHED\"");

        // Published: the analyst, both districts' officers, both enterprises' users (A, B are in the run); not the acting
        // administrator, the park officer of a park without enterprises, nor the auditor.
        List<String> audience = List.of(TestUsers.ANALYST, TestUsers.YUBEI, TestUsers.JIULONGPO, TestUsers.ENTERPRISE_A, TestUsers.ENTERPRISE_B);
        assertThat(recipients(notifications, run, "RUN_PUBLISHED")).containsExactlyInAnyOrderElementsOf(audience);
        Notification toA = notifications.of(TestUsers.ENTERPRISE_A, false, 10).get(0);
        assertThat(toA.params()).containsExactly(Long.toString(run), "2023", end.toString());

        // On its end date the notice period is still open; the day after, the closer closes it.
        assertThat(closer(end).closeEnded()).isZero();
        assertThat(publications.of(run).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(closer(end.plusDays(1)).closeEnded()).isEqualTo(1);
        Publication closed = publications.of(run);
        assertThat(closed.state()).isEqualTo(PublicationState.CLOSED);
        assertThat(closed.changedBy()).contains(NoticePeriodCloser.ACTOR);
        assertThat(publications.history(run).get(1).actor()).isEqualTo(NoticePeriodCloser.ACTOR);
        assertThat(audit.about("run:" + run)).filteredOn(e -> e.action().equals("RUN_PUBLICATION")).extracting(AuditEntry::actor, AuditEntry::details)
                .contains(org.assertj.core.groups.Tuple.tuple(NoticePeriodCloser.ACTOR, "PUBLISHED → CLOSED, notice until " + end));
        // the system is not a user: this time the administrator is told too
        assertThat(recipients(notifications, run, "RUN_CLOSED")).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(audience.stream(), java.util.stream.Stream.of("admin")).toList());
        assertThat(api().getJson("/api/v1/runs/" + run + "/publication").path("state").asText()).isEqualTo("CLOSED");

        // Idempotent: nothing more to close, nothing more written.
        long entries = audit.count();
        int sent = notifications.about("run:" + run).size();
        assertThat(closer(end.plusDays(2)).closeEnded()).isZero();
        assertThat(scheduled.closeEnded()).isZero();
        assertThat(audit.count()).isEqualTo(entries);
        assertThat(notifications.about("run:" + run)).hasSize(sent);

        // Two closers at once (two instances): one closes each run, one audit entry and one set of notifications.
        for (int round = 0; round < 5; round++) {
            long other = TestRuns.draft(database, "chongqing-2023", 2023, "test");
            publications.move(other, PublicationState.DRAFT, PublicationState.PUBLISHED, Optional.of(today.minusDays(1)), "test",
                    LocalDateTime.now(ZoneOffset.UTC));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> both = List.of(pool.submit(() -> {
                    start.await();
                    return closer(today).closeEnded();
                }), pool.submit(() -> {
                    start.await();
                    return closer(today).closeEnded();
                }));
                assertThat(both.get(0).get() + both.get(1).get()).as("round " + round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(publications.of(other).state()).isEqualTo(PublicationState.CLOSED);
            assertThat(audit.about("run:" + other)).filteredOn(e -> e.details().startsWith("PUBLISHED → CLOSED")).hasSize(1);
            assertThat(recipients(notifications, other, "RUN_CLOSED")).hasSize(audience.size() + 1).doesNotHaveDuplicates();
        }
    }

    /** A closer whose clock says it is noon (UTC) of the given day. */
    private NoticePeriodCloser closer(LocalDate day) {
        return new NoticePeriodCloser(publications, moves, Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static List<String> recipients(NotificationRepository notifications, long run, String kind) {
        return notifications.about("run:" + run).stream().filter(n -> n.kind().equals(kind)).map(Notification::recipient).toList();
    }
}
