package io.cxonebatch.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiAuthenticationFilterTest {

    private final ApiAuthenticationFilter filter = new ApiAuthenticationFilter(ApiCredentials.of("the-token", null, "the-password"));
    private final AtomicReference<HttpServletRequest> passed = new AtomicReference<>();

    private MockHttpServletResponse call(String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/jobs");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> passed.set((HttpServletRequest) req));
        return response;
    }

    @Test
    void aRequestWithTheTokenGoesThroughAsTheTokenPrincipal() throws Exception {
        MockHttpServletResponse response = call("Bearer the-token");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(passed.get().getUserPrincipal().getName()).isEqualTo(ApiCredentials.TOKEN_PRINCIPAL);
        assertThat(passed.get().getRemoteUser()).isEqualTo(ApiCredentials.TOKEN_PRINCIPAL);
    }

    @Test
    void aRequestWithoutCredentialsIsAnswered401WithEveryChallengeAndAProblemAndGoesNoFurther() throws Exception {
        MockHttpServletResponse response = call(null);

        assertThat(passed.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaders("WWW-Authenticate")).hasSize(2).anyMatch(challenge -> challenge.startsWith("Bearer "))
                .anyMatch(challenge -> challenge.startsWith("Basic "));
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":401").doesNotContain("the-token", "the-password");
    }

    @Test
    void aWrongTokenIsRefusedLikeNone() throws Exception {
        MockHttpServletResponse response = call("Bearer the-tokem");

        assertThat(passed.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).isEqualTo(ApiAuthenticationFilter.REFUSED);
    }
}
