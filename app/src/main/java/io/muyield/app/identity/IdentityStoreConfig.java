package io.muyield.app.identity;

import io.muyield.store.Database;
import io.muyield.store.identity.ApiTokenRepository;
import io.muyield.store.identity.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity tables of the store as beans. */
@Configuration
class IdentityStoreConfig {

    @Bean
    UserRepository userRepository(Database database) {
        return new UserRepository(database);
    }

    @Bean
    ApiTokenRepository apiTokenRepository(Database database) {
        return new ApiTokenRepository(database);
    }
}
