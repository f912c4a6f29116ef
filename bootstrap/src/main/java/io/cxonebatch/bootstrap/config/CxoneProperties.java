package io.cxonebatch.bootstrap.config;

import io.cxonebatch.adapters.cxone.AuthStyle;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.adapters.cxone.CxoneDialect;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
 * @param dialect {@code v2} (the default: the contract of {@code cxone-api.md}) or {@code admin} (the CXone Admin API
 *     of {@code cxone-admin-api.md}; ADR 10 and docs/admin-dialect.md), which reads {@code cxone.admin.*}; {@code
 *     baseUrl} is then the authentication host
 * @param admin the Admin API's own settings; ignored under {@code v2}
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
        @Nullable String rateLimitScope,
        @Nullable String dialect,
        @Nullable Admin admin) {

    /**
     * The Admin API's settings ({@code cxone.admin.*}).
     *
     * @param accessKeyId the access key's id
     * @param accessKeySecret the access key's secret; {@code accessKeySecretFile} is better
     * @param accessKeySecretFile a file holding the secret (its first line), which wins over {@code accessKeySecret}
     * @param apiBaseUrl the API host, instead of the one discovery names
     * @param reportingCampaignId the CXone campaign new skills report under
     * @param dncGroupIds the DNC groups whose records are the tenant's suppressions
     * @param scheduleZone the business unit's time zone (an IANA id), the clock of every skill's schedule: required,
     *     since a wrong one makes every skill dial at the wrong hours
     */
    public record Admin(
            @Nullable String accessKeyId,
            @Nullable String accessKeySecret,
            @Nullable String accessKeySecretFile,
            @Nullable String apiBaseUrl,
            @Nullable Integer reportingCampaignId,
            @Nullable List<Integer> dncGroupIds,
            @Nullable String scheduleZone) {

        @Override
        public String toString() {
            return "Admin[accessKeyId=" + accessKeyId + ", accessKeySecret=****, apiBaseUrl=" + apiBaseUrl
                    + ", reportingCampaignId=" + reportingCampaignId + ", dncGroupIds=" + dncGroupIds + ", scheduleZone=" + scheduleZone
                    + "]";
        }
    }

    private static final Admin NO_ADMIN = new Admin(null, null, null, null, null, null, null);

    /** The dialect {@code cxone.dialect} names, {@code v2} when unset. */
    CxoneDialect dialectValue() {
        if (!hasText(dialect) || dialect.strip().equalsIgnoreCase("v2")) {
            return CxoneDialect.V2;
        }
        if (dialect.strip().equalsIgnoreCase("admin")) {
            return CxoneDialect.ADMIN;
        }
        throw new ConfigurationException("cxone.dialect '" + dialect + "' must be v2 or admin");
    }

    /** {@code cxone.admin.*}, every value unset when none is given. */
    Admin adminValues() {
        return admin == null ? NO_ADMIN : admin;
    }

    /** The access key's secret: the first line of {@code cxone.admin.access-key-secret-file} when one is named. */
    @Nullable String accessKeySecret() {
        Admin values = adminValues();
        return hasText(values.accessKeySecretFile())
                ? firstLine(values.accessKeySecretFile(), "cxone.admin.access-key-secret-file")
                : values.accessKeySecret();
    }

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
        return hasText(clientSecretFile) ? firstLine(clientSecretFile, "cxone.client-secret-file") : clientSecret;
    }

    private static String firstLine(String file, String property) {
        try {
            return Files.readAllLines(Path.of(file.strip())).stream().findFirst().map(String::strip).orElse("");
        } catch (IOException e) {
            throw new ConfigurationException(property + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The Admin API's adapter settings, sent to the authentication host {@code target} with this access key.
     *
     * @param sandbox the built-in sandbox's reporting campaign, DNC groups and business unit, or null for a real
     *     tenant. Against the sandbox, its API host (found by discovery) and its business unit's clock always apply,
     *     whatever is configured, so that a sandbox run never calls another host nor sends hours for another clock; a
     *     configured reporting campaign or DNC groups still win
     */
    CxoneClientSettings toAdminSettings(URI target, String accessKeyId, String accessKeySecret, @Nullable SandboxTenant sandbox) {
        Admin values = adminValues();
        CxoneClientSettings.Builder builder = common(CxoneClientSettings.adminBuilder(target, accessKeyId, accessKeySecret));
        if (sandbox == null && hasText(values.apiBaseUrl())) {
            builder.apiBaseUrl(URI.create(values.apiBaseUrl().strip()));
        }
        Integer campaign = values.reportingCampaignId() != null ? values.reportingCampaignId()
                : sandbox == null ? null : sandbox.reportingCampaignId();
        builder.reportingCampaignId(campaign);
        List<Integer> groups = values.dncGroupIds() != null && !values.dncGroupIds().isEmpty() ? values.dncGroupIds()
                : sandbox == null ? List.of() : sandbox.dncGroupIds();
        builder.dncGroupIds(groups);
        builder.scheduleZone(sandbox != null ? sandbox.businessUnitZone() : scheduleZone(values.scheduleZone()));
        return builder.build();
    }

    /** What the built-in sandbox's Admin tenant is seeded with. */
    record SandboxTenant(int reportingCampaignId, List<Integer> dncGroupIds, ZoneId businessUnitZone) {
    }

    private static ZoneId scheduleZone(@Nullable String configured) {
        if (!hasText(configured)) {
            throw new ConfigurationException("cxone.admin.schedule-zone is not set: name the business unit's time zone (an IANA"
                    + " id such as America/New_York), on whose clock CXone keeps every skill's schedule; with a wrong one every"
                    + " skill dials at the wrong hours");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            throw new ConfigurationException("cxone.admin.schedule-zone '" + configured + "' is no time zone id: " + e.getMessage());
        }
        if (zone.getRules().isFixedOffset() && !zone.normalized().equals(ZoneOffset.UTC)) {
            throw new ConfigurationException("cxone.admin.schedule-zone '" + configured + "' is a fixed offset, which keeps no"
                    + " daylight saving time: name the region instead (America/New_York, not EST or -05:00)");
        }
        return zone;
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
        return common(builder).build();
    }

    /** The settings both dialects share. */
    private CxoneClientSettings.Builder common(CxoneClientSettings.Builder builder) {
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
        return builder;
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "CxoneProperties[dialect=" + dialect + ", baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=****, admin="
                + admin + "]";
    }
}
