package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFC 6749 §2.3.1: the client id and secret are form-encoded before they go into HTTP Basic. */
class FormEncodedBasicCredentialsIT {

    private static final String CLIENT_ID = "batch client:1";
    private static final String SECRET = "p!ss:w%rd 50%";

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().clientId(CLIENT_ID).clientSecret(SECRET).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void acceptsBasicCredentialsThatAreFormEncodedBeforeBase64() {
        Reply reply = SandboxClient.unauthenticated(sandbox)
                .formToken("/oauth/token", formEncode(CLIENT_ID), formEncode(SECRET), null);

        assertThat(formEncode(SECRET)).isEqualTo("p%21ss%3Aw%25rd+50%25");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("token_type")).isEqualTo("Bearer");
    }

    @Test
    void rejectsTheSameCredentialsSentWithoutFormEncodingAsInvalidClient() {
        Reply reply = SandboxClient.unauthenticated(sandbox).formToken("/oauth/token", CLIENT_ID, SECRET, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("error")).isEqualTo("invalid_client");
    }

    @Test
    void rejectsASecretWhoseEncodingDecodesToAnotherValue() {
        Reply reply = SandboxClient.unauthenticated(sandbox)
                .formToken("/oauth/token", formEncode(CLIENT_ID), formEncode("p!ss:w%rd 50"), null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("error")).isEqualTo("invalid_client");
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
