package io.muyield.app.portal;

import io.muyield.store.Database;
import io.muyield.store.appeal.AppealRepository;
import io.muyield.store.write.FactBatchWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PortalConfig {

    @Bean
    AppealRepository appealRepository(Database database) {
        return new AppealRepository(database);
    }

    @Bean
    FactBatchWriter appealCorrections(Database database) {
        return new FactBatchWriter(database);
    }
}
