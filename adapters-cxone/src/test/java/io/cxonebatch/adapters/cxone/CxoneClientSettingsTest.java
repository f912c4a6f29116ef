package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertThat(settings.maxPagesPerWalk()).isEqualTo(100_000);
    }

    @Test
    void namesEachDefaultOnItsBuilderMethodAsTheCodeHasIt() throws IOException, ReflectiveOperationException {
        String source = Files.readString(Path.of("src/main/java/io/cxonebatch/adapters/cxone/CxoneClientSettings.java"));
        Matcher documented = Pattern.compile("/\\*\\* Default (.*?) \\*/\\s*public Builder (\\w+)\\(").matcher(source);
        CxoneClientSettings defaults = settings().build();
        Set<String> seen = new HashSet<>();

        while (documented.find()) {
            String setting = documented.group(2);
            String expected = asDocumented(CxoneClientSettings.class.getMethod(setting).invoke(defaults));
            assertThat(documented.group(1)).as(setting).matches(Pattern.quote(expected) + "(\\.|[ ,:;(].*)");
            seen.add(setting);
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(Arrays.stream(CxoneClientSettings.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !Set.of("baseUrl", "clientId", "clientSecret").contains(name))
                .toList());
    }

    /** A default as the builder's Javadoc writes it: {@code 30 s}, {@code 500 ms}, {@code 50 %}, {@code {@code /oauth/token}}. */
    private static String asDocumented(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Duration duration) {
            return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
        }
        if (value instanceof Float percent) {
            return new BigDecimal(percent.toString()).stripTrailingZeros().toPlainString() + " %";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return "{@link " + constant.getDeclaringClass().getSimpleName() + "#" + constant.name() + "}";
        }
        if (value instanceof String text) {
            return "{@code " + text + "}";
        }
        return value.toString();
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
