package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CxoneClientSettingsTest {

    private static final URI BASE = URI.create("https://api-us-02.cxone.com");

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.builder(BASE, "client-1", "very-secret-value");
    }

    @Test
    void defaultsToTheContractsChoices() {
        CxoneClientSettings settings = settings().build();

        assertThat(settings.tenant()).isEqualTo("default");
        assertThat(settings.tokenPath()).isEqualTo("/oauth/token");
        assertThat(settings.authStyle()).isEqualTo(AuthStyle.FORM);
        assertThat(settings.scope()).isNull();
        assertThat(settings.tokenRefreshBuffer()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.rateLimitPerMinute()).isEqualTo(100);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxWaitForPermit()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryMaxAttempts()).isEqualTo(6);
        assertThat(settings.retryInitialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.retryMultiplier()).isEqualTo(2.0);
        assertThat(settings.retryMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryJitter()).isEqualTo(0.5);
        assertThat(settings.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.circuitBreakerFailureRateThreshold()).isEqualTo(50f);
        assertThat(settings.circuitBreakerSlidingWindowSize()).isEqualTo(100);
        assertThat(settings.circuitBreakerMinimumCalls()).isEqualTo(20);
        assertThat(settings.circuitBreakerWaitInOpenState()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.circuitBreakerPermittedCallsInHalfOpen()).isEqualTo(3);
        assertThat(settings.contactPageSize()).isEqualTo(250);
    }

    @Test
    void neverShowsTheSecretInItsText() {
        String text = settings().scope("campaign:read").build().toString();

        assertThat(text).doesNotContain("very-secret-value").contains("clientSecret=****", "clientId=client-1", "scope=campaign:read");
    }

    @Test
    void dropsATrailingSlashFromTheBaseUrlAndABlankScope() {
        CxoneClientSettings settings = settings().baseUrl(URI.create("https://tenant.my.cxone.com/")).scope("  ").build();

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://tenant.my.cxone.com"));
        assertThat(settings.scope()).isNull();
    }

    @Test
    void keepsEveryValueThroughItsBuilder() {
        CxoneClientSettings settings = settings().tenant("acme").authStyle(AuthStyle.JSON).tokenPath("/oauth2/token")
                .rateLimitPerMinute(40).contactPageSize(1000).build();

        assertThat(settings.toBuilder().build()).isEqualTo(settings);
    }

    @Test
    void refusesValuesThatCannotWork() {
        assertThatThrownBy(() -> settings().baseUrl(URI.create("ftp://cxone.example")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://cxone.example");
        assertThatThrownBy(() -> settings().clientSecret(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> settings().tokenPath("oauth/token").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'oauth/token'");
        assertThatThrownBy(() -> settings().contactPageSize(1001).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1001");
        assertThatThrownBy(() -> settings().rateLimitPerMinute(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rateLimitPerMinute");
        assertThatThrownBy(() -> settings().retryJitter(1.0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter 1.0");
        assertThatThrownBy(() -> settings().retryMultiplier(0.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
        assertThatThrownBy(() -> settings().retryMaxBackoff(Duration.ofMillis(100)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0.1S");
        assertThatThrownBy(() -> settings().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> settings().circuitBreakerFailureRateThreshold(0f).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failure rate threshold 0.0");
    }
}
