package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminAuthIT {

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().accessKeyTokenLifetime(Duration.ofMinutes(10)).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anAccessKeyGetsJwtShapedTokensWhoseClaimsNameTheTenantAndDiscoveryNamesTheSandbox() {
        Reply token = AdminClient.accessKeyToken(sandbox, "sandbox-access-key", "sandbox-access-secret");

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.text("token_type")).isEqualTo("Bearer");
        assertThat(token.json().path("expires_in").asLong()).isEqualTo(600);
        assertThat(token.text("refresh_token")).isNotBlank();
        JsonNode claims = claims(token.text("id_token"));
        assertThat(claims.path("tenantId").asString()).isEqualTo("11ee0000-5a4d-4b0c-8e1e-000000000042");
        assertThat(claims.path("tenant").asString()).isNotBlank();
        assertThat(claims.path("icBUId").isNumber()).isTrue();
        assertThat(claims.path("icClusterId").asString()).isNotBlank();
        assertThat(claims(token.text("access_token")).path("tenantId").asString()).isEqualTo(claims.path("tenantId").asString());

        Reply discovery = AdminClient.anonymousGet(sandbox, "/.well-known/cxone-configuration?tenantId=" + claims.path("tenantId").asString());

        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.text("api_endpoint")).isEqualTo(sandbox.baseUrl().toString()).doesNotEndWith("/");
        assertThat(discovery.json().path("private").isBoolean()).isTrue();
    }

    @Test
    void discoveryNeedsAKnownTenantId() {
        assertThat(AdminClient.anonymousGet(sandbox, "/.well-known/cxone-configuration").status()).isEqualTo(400);
        Reply unknown = AdminClient.anonymousGet(sandbox, "/.well-known/cxone-configuration?tenantId=other");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().has("error")).isTrue();
    }

    @Test
    void aWrongKeyIs401WithTheAuthErrorShape() {
        Reply reply = AdminClient.accessKeyToken(sandbox, "sandbox-access-key", "wrong");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("error")).isNotBlank();
        assertThat(reply.text("errorDescription")).isNotBlank();
    }

    @Test
    void aCallWithoutAcceptIsRefusedAsNotRenderable() {
        AdminClient client = AdminClient.connect(sandbox);

        Reply refused = client.getWithoutAccept("/skills");

        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.json().asString()).isEqualTo("No known way to render data");
        assertThat(client.get(V30 + "/skills").status()).isEqualTo(200);
    }

    @Test
    void unknownTokensTokensOfTheContractAndOtherVersionsAreRefused() {
        AdminClient client = AdminClient.connect(sandbox);

        assertThat(client.withToken("nope").get(V30 + "/skills").status()).isEqualTo(401);
        assertThat(client.withToken(SandboxClient.connect(sandbox).token()).get(V30 + "/skills").status()).isEqualTo(401);
        assertThat(SandboxClient.unauthenticated(sandbox).withToken(client.token()).get("/api/v2/campaigns").status()).isEqualTo(401);
        Reply otherVersion = client.get("/inContactAPI/services/v3.0/skills");
        assertThat(otherVersion.status()).isEqualTo(404);
        assertThat(otherVersion.text("error")).isEqualTo("NotFound");
    }

    @Test
    void aTokenAnswers401OnceItsLifetimeHasPassed() throws InterruptedException {
        try (CxoneSandbox shortLived = CxoneSandbox.builder().accessKeyTokenLifetime(Duration.ofMillis(400)).start()) {
            AdminClient client = AdminClient.connect(shortLived);
            assertThat(client.get(V30 + "/skills").status()).isEqualTo(200);

            Thread.sleep(500);

            Reply expired = client.get(V30 + "/skills");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.text("error")).isEqualTo("Unauthorized");
        }
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        assertThat(parts).hasSize(3);
        return SandboxClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }
}
