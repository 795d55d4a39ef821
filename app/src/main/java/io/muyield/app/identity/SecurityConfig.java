package io.muyield.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything but the health check, the login page and static assets needs a signed-in user. Pages use form login
 * (CSRF-protected; htmx sends the token as a header, see static/js/csrf.js); scripts use the API with HTTP Basic or a
 * personal API token ({@code Authorization: Bearer myt_…}) over the same users, roles and scopes (an unauthenticated
 * API call gets 401, not a login page). Users come from the database ({@link UserDirectory}), passwords are bcrypt.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserDirectory directory) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/health", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(landingPage()).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + "/login?"
                                + (e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults())
                .userDetailsService(directory)
                .addFilterBefore(new ApiTokenFilter(tokens, directory), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountGuardFilter(directory), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request) && request.getHeader("Authorization") != null))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** After sign-in: back to the page asked for, else an enterprise user to its portal, the auditor to the audit trail, others to the overview. */
    private static AuthenticationSuccessHandler landingPage() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                if (authentication.getPrincipal() instanceof SignedInUser user) {
                    if (user.role() == Role.ENTERPRISE) {
                        return "/portal";
                    }
                    if (user.role() == Role.AUDITOR) {
                        return "/audit";
                    }
                }
                return "/";
            }
        };
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
