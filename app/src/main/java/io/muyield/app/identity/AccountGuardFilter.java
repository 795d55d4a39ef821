package io.muyield.app.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * After authentication, on every request: the signed-in user is read again from the database, so that an account
 * disabled by the administrator loses its session at once and a changed role or scope applies at once. A user who
 * must change their password reaches nothing but the password page (API calls get 403 with a one-line reason).
 */
final class AccountGuardFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final UserDirectory directory;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountGuardFilter(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser signed)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/");
        Optional<SignedInUser> now = directory.find(signed.getUsername()).filter(SignedInUser::isEnabled);
        if (now.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (api) {
                json(response, HttpServletResponse.SC_UNAUTHORIZED, "this account is disabled");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?disabled");
            }
            return;
        }
        SignedInUser current = now.get();
        if (current.role() != signed.role() || !Objects.equals(current.scopeCode(), signed.scopeCode())
                || current.mustChangePassword() != signed.mustChangePassword()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                sessions.saveContext(context, request, response);
            }
        }
        if (current.mustChangePassword() && !allowedBeforePasswordChange(path)) {
            if (api) {
                json(response, HttpServletResponse.SC_FORBIDDEN, "change your password first (" + PASSWORD_PAGE + ")");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedBeforePasswordChange(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.equals("/error")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    private static void json(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
    }
}
