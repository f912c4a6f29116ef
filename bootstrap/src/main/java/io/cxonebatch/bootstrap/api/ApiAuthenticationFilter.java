package io.cxonebatch.bootstrap.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request through to the admin API only with the configured credentials ({@link ApiCredentials}); any other is
 * answered 401 with the challenges and a problem detail, before it reaches a controller. The caller's name becomes the
 * request's user principal, which a launch records.
 */
final class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REFUSED = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
            + "\"detail\":\"The admin API needs its bearer token, or its user and password\"}";

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

    private final ApiCredentials credentials;

    ApiAuthenticationFilter(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> principal = credentials.principal(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (principal.isPresent()) {
            chain.doFilter(new AuthenticatedRequest(request, new ApiPrincipal(principal.get())), response);
            return;
        }
        // What was sent is never logged: a mistyped password is most of the password.
        log.warn("Admin API request refused without valid credentials: {} {} from {}", request.getMethod(), request.getRequestURI(),
                request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        credentials.challenges().forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(REFUSED);
    }

    private record ApiPrincipal(String name) implements Principal {

        @Override
        public String getName() {
            return name;
        }
    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final Principal principal;

        AuthenticatedRequest(HttpServletRequest request, Principal principal) {
            super(request);
            this.principal = principal;
        }

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public String getRemoteUser() {
            return principal.getName();
        }
    }
}
