package io.muyield.app.identity;

import io.muyield.app.shared.UserFacingException;
import io.muyield.app.shared.MuyieldProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/**
 * Who may sign in. Demo mode: one user per demo role (passwords hashed with bcrypt on start). Otherwise the first
 * administrator's password comes from MUYIELD_ADMIN_PASSWORD; there is no default password outside demo mode.
 */
@Configuration
class UserAccounts {

    @Bean
    UserDetailsService userDetailsService(MuyieldProperties properties, PasswordEncoder encoder, Environment env) {
        if (properties.demo().enabled()) {
            List<UserDetails> users = DemoUser.ALL.stream()
                    .map(u -> User.withUsername(u.username()).password(encoder.encode(u.password())).roles(u.role().name()).build())
                    .toList();
            return new InMemoryUserDetailsManager(users);
        }
        String adminPassword = env.getProperty("MUYIELD_ADMIN_PASSWORD");
        if (adminPassword == null || adminPassword.length() < 12) {
            throw new UserFacingException("no users yet: set MUYIELD_ADMIN_PASSWORD (12 characters or more) for the first administrator, user 'admin'");
        }
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password(encoder.encode(adminPassword)).roles(Role.CITY_ADMIN.name()).build());
    }
}
