package io.muyield.app.audit;

import io.muyield.store.Database;
import io.muyield.store.audit.AuditRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AuditConfig {

    @Bean
    AuditRepository auditRepository(Database database) {
        return new AuditRepository(database);
    }
}
