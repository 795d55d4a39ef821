package io.muyield.app.notification;

import io.muyield.store.Database;
import io.muyield.store.notification.NotificationRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
class NotificationConfig {

    @Bean
    NotificationRepository notificationRepository(Database database) {
        return new NotificationRepository(database);
    }

    /** The clock of the application (UTC): notifications, the notice periods' automatic close. Tests give their own. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
