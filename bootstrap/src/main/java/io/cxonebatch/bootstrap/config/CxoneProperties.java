package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.cxone.AuthStyle;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach CXone ({@code cxone.*}). Unset values take the adapter's defaults (adapters-cxone/README.md).
 *
 * @param clientSecretFile a file holding the client secret (its first line), which wins over {@code clientSecret}: a
 *     secret given as {@code -Dcxone.client-secret=} shows in every process listing
 * @param authStyle {@code form} (HTTP Basic + form body, the default) or {@code json}
 * @param contactPageSize contacts asked for per page of a contact list (the contract allows up to 1,000)
 * @param maxPagesPerWalk the most pages one walk through a CXone listing reads (default 100,000)
 * @param rateLimitScope {@code tenant} (the default: the budget is kept in PostgreSQL and shared by every process and
 *     job calling the tenant) or {@code process} (each process has a budget of its own)
 */
@ConfigurationProperties("cxone")
public record CxoneProperties(
        @Nullable String baseUrl,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String clientSecretFile,
        @Nullable String tokenPath,
        @Nullable String authStyle,
        @Nullable String scope,
        @Nullable String tenant,
        @Nullable Integer rateLimitPerMinute,
        @Nullable Duration connectTimeout,
        @Nullable Duration readTimeout,
        @Nullable Integer retryMaxAttempts,
        @Nullable Duration retryInitialBackoff,
        @Nullable Duration retryMaxBackoff,
        @Nullable Duration maxRetryAfter,
        @Nullable Float circuitBreakerFailureRateThreshold,
        @Nullable Integer circuitBreakerSlidingWindowSize,
        @Nullable Duration circuitBreakerWaitInOpenState,
        @Nullable Integer contactPageSize,
        @Nullable Integer maxPagesPerWalk,
        @Nullable String rateLimitScope) {

    /** Whether the rate limit is the tenant's, shared in PostgreSQL, rather than this process's own. */
    boolean sharesRateLimit() {
        if (rateLimitScope == null || rateLimitScope.isBlank() || rateLimitScope.strip().equalsIgnoreCase("tenant")) {
            return true;
        }
        if (rateLimitScope.strip().equalsIgnoreCase("process")) {
            return false;
        }
        throw new IllegalArgumentException("cxone.rate-limit-scope '" + rateLimitScope + "' must be tenant or process");
    }

    /** The client secret: the first line of {@code clientSecretFile} when one is named, else {@code clientSecret}. */
    @Nullable String secret() {
        if (!hasText(clientSecretFile)) {
            return clientSecret;
        }
        try {
            return Files.readAllLines(Path.of(clientSecretFile.strip())).stream().findFirst().map(String::strip).orElse("");
        } catch (IOException e) {
            throw new ConfigurationException("cxone.client-secret-file " + clientSecretFile + " cannot be read: " + e.getMessage());
        }
    }

    /** The adapter settings for these properties, sent to {@code baseUrl} with these credentials. */
    CxoneClientSettings toSettings(URI target, String id, String secret) {
        CxoneClientSettings.Builder builder = CxoneClientSettings.builder(target, id, secret);
        if (hasText(tokenPath)) {
            builder.tokenPath(tokenPath);
        }
        if (hasText(authStyle)) {
            builder.authStyle(AuthStyle.valueOf(authStyle.trim().toUpperCase(Locale.ROOT)));
        }
        if (hasText(scope)) {
            builder.scope(scope);
        }
        if (hasText(tenant)) {
            builder.tenant(tenant);
        }
        if (rateLimitPerMinute != null) {
            builder.rateLimitPerMinute(rateLimitPerMinute);
        }
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            builder.readTimeout(readTimeout);
        }
        if (retryMaxAttempts != null) {
            builder.retryMaxAttempts(retryMaxAttempts);
        }
        if (retryInitialBackoff != null) {
            builder.retryInitialBackoff(retryInitialBackoff);
        }
        if (retryMaxBackoff != null) {
            builder.retryMaxBackoff(retryMaxBackoff);
        }
        if (maxRetryAfter != null) {
            builder.maxRetryAfter(maxRetryAfter);
        }
        if (circuitBreakerFailureRateThreshold != null) {
            builder.circuitBreakerFailureRateThreshold(circuitBreakerFailureRateThreshold);
        }
        if (circuitBreakerSlidingWindowSize != null) {
            builder.circuitBreakerSlidingWindowSize(circuitBreakerSlidingWindowSize);
        }
        if (circuitBreakerWaitInOpenState != null) {
            builder.circuitBreakerWaitInOpenState(circuitBreakerWaitInOpenState);
        }
        if (contactPageSize != null) {
            builder.contactPageSize(contactPageSize);
        }
        if (maxPagesPerWalk != null) {
            builder.maxPagesPerWalk(maxPagesPerWalk);
        }
        return builder.build();
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "CxoneProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=****]";
    }
}
