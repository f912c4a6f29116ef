package io.cxonebatch.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.bootstrap.config.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiCredentialsTest {

    private static final ApiCredentials BOTH = ApiCredentials.of("s3cret-token", "ops", "pa:ss");

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theBearerTokenStandsForTheTokenPrincipal() {
        assertThat(BOTH.principal("Bearer s3cret-token")).contains(ApiCredentials.TOKEN_PRINCIPAL);
        assertThat(BOTH.principal("bearer s3cret-token")).as("the scheme in any case").contains(ApiCredentials.TOKEN_PRINCIPAL);
    }

    @Test
    void aWrongOrPartialTokenIsRefused() {
        assertThat(BOTH.principal("Bearer s3cret-toke")).isEmpty();
        assertThat(BOTH.principal("Bearer s3cret-token2")).isEmpty();
        assertThat(BOTH.principal("Bearer ")).isEmpty();
        assertThat(BOTH.principal("s3cret-token")).as("no scheme").isEmpty();
        assertThat(BOTH.principal(null)).isEmpty();
    }

    @Test
    void basicCredentialsStandForTheirUserAndThePasswordMayHoldAColon() {
        assertThat(BOTH.principal(basic("ops", "pa:ss"))).contains("ops");
    }

    @Test
    void basicWithAWrongUserOrPasswordOrNotBase64IsRefused() {
        assertThat(BOTH.principal(basic("ops", "pa:sS"))).isEmpty();
        assertThat(BOTH.principal(basic("opz", "pa:ss"))).isEmpty();
        assertThat(BOTH.principal("Basic not*base64")).isEmpty();
        assertThat(BOTH.principal("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aSchemeThatIsNotConfiguredIsRefusedEvenWithTheRightSecret() {
        ApiCredentials tokenOnly = ApiCredentials.of("s3cret-token", "", "");
        ApiCredentials passwordOnly = ApiCredentials.of("", "", "s3cret-token");

        assertThat(tokenOnly.principal(basic("operator", "s3cret-token"))).isEmpty();
        assertThat(passwordOnly.principal("Bearer s3cret-token")).isEmpty();
        assertThat(passwordOnly.principal(basic("operator", "s3cret-token"))).as("the user defaults to operator").contains("operator");
    }

    @Test
    void challengesNameOnlyTheConfiguredSchemes() {
        assertThat(BOTH.challenges()).containsExactly("Bearer realm=\"cxone-batch\"", "Basic realm=\"cxone-batch\", charset=\"UTF-8\"");
        assertThat(ApiCredentials.of("t", null, null).challenges()).containsExactly("Bearer realm=\"cxone-batch\"");
    }

    @Test
    void withoutATokenOrAPasswordTheApiIsNotOpened() {
        assertThatThrownBy(() -> ApiCredentials.of("", "ops", " ")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cxone-batch.api.token").hasMessageContaining("cxone-batch.api.password");
    }

    @Test
    void neverShowsItsSecrets() {
        assertThat(BOTH.toString()).doesNotContain("s3cret", "pa:ss").contains("token set", "user ops", "password set");
    }
}
