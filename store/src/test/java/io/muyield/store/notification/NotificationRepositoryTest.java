package io.muyield.store.notification;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class NotificationRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);

    @Parameter
    TestDatabase target;

    private NotificationRepository notifications;

    @BeforeEach
    void clean() {
        target.database().jdbc().update("DELETE FROM notification");
        notifications = new NotificationRepository(target.database());
    }

    @Test
    void eachRecipientGetsItsOwnNotificationWithTheMessageParameters() {
        assertThat(notifications.add(List.of("ann", "bob", "ann"), "APPEAL_FILED", "appeal:7", "identity.notification.APPEAL_FILED",
                List.of("重庆长鑫", "", "2023"), "ent-a", NOW)).isEqualTo(2);
        List<Notification> ann = notifications.of("ann", false, 10);
        assertThat(ann).hasSize(1);
        Notification n = ann.get(0);
        assertThat(n.kind()).isEqualTo("APPEAL_FILED");
        assertThat(n.subject()).isEqualTo("appeal:7");
        assertThat(n.params()).containsExactly("重庆长鑫", "", "2023");
        assertThat(n.actor()).isEqualTo("ent-a");
        assertThat(n.createdAt()).isEqualTo(NOW);
        assertThat(n.unread()).isTrue();
        assertThat(notifications.about("appeal:7")).extracting(Notification::recipient).containsExactly("ann", "bob");
        assertThat(notifications.add(List.of(), "X", "run:1", "k", List.of(), "a", NOW)).isZero();
        notifications.add(List.of("ann"), "RUN_CLOSED", "run:1", "k", List.of(), "system", NOW.plusMinutes(1));
        assertThat(notifications.of("ann", false, 10)).extracting(Notification::subject).containsExactly("run:1", "appeal:7");
        assertThat(notifications.of("ann", false, 10).get(0).params()).isEmpty();
    }

    @Test
    void aUserReadsAndMarksOnlyItsOwn() {
        notifications.add(List.of("ann"), "APPEAL_FILED", "appeal:7", "k", List.of("x"), "ent-a", NOW);
        notifications.add(List.of("bob"), "APPEAL_FILED", "appeal:8", "k", List.of("y"), "ent-b", NOW);
        long anns = notifications.of("ann", false, 10).get(0).id();
        assertThat(notifications.find(anns, "bob")).isEmpty();
        assertThat(notifications.markRead(anns, "bob", NOW)).isFalse();
        assertThat(notifications.unread("ann")).isEqualTo(1);
        assertThat(notifications.markRead(anns, "ann", NOW.plusHours(1))).isTrue();
        assertThat(notifications.markRead(anns, "ann", NOW.plusHours(2))).isTrue();
        assertThat(notifications.find(anns, "ann").orElseThrow().readAt()).contains(NOW.plusHours(1));
        assertThat(notifications.unread("ann")).isZero();
        assertThat(notifications.of("ann", true, 10)).isEmpty();
        assertThat(notifications.unread("bob")).isEqualTo(1);
        notifications.add(List.of("bob"), "APPEAL_FORWARDED", "appeal:8", "k", List.of(), "dist", NOW);
        assertThat(notifications.markAllRead("ann", NOW)).isZero();
        assertThat(notifications.markAllRead("bob", NOW)).isEqualTo(2);
        assertThat(notifications.unread("bob")).isZero();
    }
}
