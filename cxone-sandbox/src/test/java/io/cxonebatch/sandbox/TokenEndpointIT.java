package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenEndpointIT {

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().tokenLifetime(Duration.ofMinutes(10)).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth/token", "/api/v2/oauth/token", "/oauth2/token"})
    void issuesBearerTokenForFormRequestWithBasicAuthenticationOnEveryTokenPath(String path) {
        Reply reply = SandboxClient.unauthenticated(sandbox).formToken(path, "cxone-batch", "sandbox-secret", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("token_type")).isEqualTo("Bearer");
        assertThat(reply.json().path("expires_in").asLong()).isEqualTo(600);
        assertThat(authorizedCampaignRead(reply.text("access_token"))).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/oauth/token", "/api/v2/oauth/token", "/oauth2/token"})
    void issuesBearerTokenForJsonRequestOnEveryTokenPath(String path) {
        Reply reply = SandboxClient.unauthenticated(sandbox).jsonToken(path, "cxone-batch", "sandbox-secret");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("token_type")).isEqualTo("Bearer");
        assertThat(authorizedCampaignRead(reply.text("access_token"))).isEqualTo(200);
    }

    @Test
    void rejectsWrongClientCredentialsInEitherStyleAsInvalidClient() {
        SandboxClient client = SandboxClient.unauthenticated(sandbox);

        Reply form = client.formToken("/oauth/token", "cxone-batch", "wrong", null);
        Reply json = client.jsonToken("/oauth2/token", "someone-else", "sandbox-secret");

        assertThat(form.status()).isEqualTo(401);
        assertThat(form.text("error")).isEqualTo("invalid_client");
        assertThat(json.status()).isEqualTo(401);
        assertThat(json.text("error")).isEqualTo("invalid_client");
    }

    @Test
    void rejectsAGrantOtherThanClientCredentials() {
        Reply password = SandboxClient.unauthenticated(sandbox).post("/oauth/token", "{\"grant_type\":\"password\",\"client_id\":\"cxone-batch\",\"client_secret\":\"sandbox-secret\"}");

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.text("error")).isEqualTo("unsupported_grant_type");
    }

    @Test
    void acceptsClientCredentialsInTheFormBodyInsteadOfBasicAuthentication() {
        Reply reply = SandboxClient.unauthenticated(sandbox).form("/oauth/token",
                "grant_type=client_credentials&client_id=cxone-batch&client_secret=sandbox-secret");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(authorizedCampaignRead(reply.text("access_token"))).isEqualTo(200);
    }

    @Test
    void refusesARequestNamingOnlyScopesTheClientIsNotGranted() {
        Reply reply = SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", "cxone-batch", "sandbox-secret", "admin:everything");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("error")).isEqualTo("invalid_scope");
    }

    @Test
    void answersUnauthorizedWithoutATokenOrWithAnUnknownOne() {
        Reply none = SandboxClient.unauthenticated(sandbox).get("/api/v2/campaigns");
        Reply unknown = SandboxClient.unauthenticated(sandbox).withToken("not-a-token").get("/api/v2/campaigns");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("status").asInt()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokenAnswersUnauthorizedOnceItsLifetimeHasPassed() throws InterruptedException {
        try (CxoneSandbox shortLived = CxoneSandbox.builder().tokenLifetime(Duration.ofMillis(400)).start()) {
            SandboxClient client = SandboxClient.connect(shortLived);
            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);

            Thread.sleep(500);

            assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(401);
        }
    }

    @Test
    void expiringAllTokensRevokesIssuedTokensWhileNewOnesWork() {
        SandboxClient client = SandboxClient.connect(sandbox);
        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);

        sandbox.expireAllTokens();

        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(401);
        assertThat(SandboxClient.connect(sandbox).get("/api/v2/campaigns").status()).isEqualTo(200);
    }

    @Test
    void countsEveryTokenRequest() {
        long before = sandbox.inspect().tokenRequests();
        SandboxClient.connect(sandbox);
        SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", "cxone-batch", "wrong", null);

        assertThat(sandbox.inspect().tokenRequests()).isEqualTo(before + 2);
    }

    @Test
    void grantsOnlyTheRequestedScopes() {
        Reply reply = SandboxClient.unauthenticated(sandbox)
                .formToken("/oauth/token", "cxone-batch", "sandbox-secret", "campaign:read");
        SandboxClient client = SandboxClient.unauthenticated(sandbox).withToken(reply.text("access_token"));

        assertThat(reply.text("scope")).isEqualTo("campaign:read");
        assertThat(client.get("/api/v2/campaigns").status()).isEqualTo(200);
        assertThat(client.post("/api/v2/campaigns", SandboxClient.campaignJson("Scoped", "PREDICTIVE")).status()).isEqualTo(403);
    }

    private static int authorizedCampaignRead(String token) {
        return SandboxClient.unauthenticated(sandbox).withToken(token).get("/api/v2/campaigns").status();
    }
}
