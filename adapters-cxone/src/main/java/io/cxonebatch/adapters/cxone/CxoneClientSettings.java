package io.cxonebatch.adapters.cxone;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the CXone client of one tenant needs: which API it speaks, where CXone is, how to get a token, and how
 * hard to push. Build it with {@link #builder(URI, String, String)} for the contract ({@link CxoneDialect#V2}) or
 * {@link #adminBuilder(URI, String, String)} for the Admin API ({@link CxoneDialect#ADMIN}); every other value has a
 * default, named on its builder method. {@link #toString()} never shows the secret.
 *
 * @param tenant a short name for the tenant, used to name its rate limiter, retry and circuit breaker
 * @param dialect which API the tenant speaks
 * @param baseUrl V2: where the API lives, e.g. {@code https://api-us-02.cxone.com}, endpoint paths are appended;
 *     ADMIN: the authentication host, which issues tokens and answers discovery, e.g.
 *     {@code https://cxone.niceincontact.com}
 * @param clientId V2: the OAuth client id; ADMIN: the access key id
 * @param clientSecret V2: the OAuth client secret; ADMIN: the access key secret
 * @param tokenPath V2 only: path of the token endpoint below the base URL
 * @param authStyle V2 only
 * @param scope V2 only: scopes to ask for with the token, space-separated; null to ask for none
 * @param apiBaseUrl ADMIN only: the API host to call instead of the {@code api_endpoint} that discovery names; null
 *     to discover it
 * @param reportingCampaignId ADMIN only: the reporting campaign new skills report under (CXone wants one for every
 *     skill); null when none is configured
 * @param dncGroupIds ADMIN only: the DNC groups whose records are the tenant's suppressions, read in this order;
 *     empty when none is configured
 * @param scheduleZone ADMIN: the business unit's time zone, whose clock a skill's weekly schedule is kept on; a
 *     window's hours are sent on that clock. V2: UTC, unused
 * @param tokenRefreshBuffer a token is refreshed when less than this much of its life is left
 * @param rateLimitPerMinute requests per minute this client sends at most, retries and token requests included;
 *     spread evenly
 * @param maxWaitForPermit how long a call waits for the rate limiter before it fails
 * @param retryMaxAttempts attempts per call, the first included, for 429, 5xx, I/O errors and timeouts (on an
 *     endpoint that cannot take a request twice, only for 429 and connections that never opened)
 * @param retryJitter randomisation factor of the exponential backoff, in [0, 1)
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer waits are cut to this
 * @param circuitBreakerFailureRateThreshold failure rate in percent (5xx, I/O errors, timeouts) that opens the breaker
 * @param circuitBreakerSlidingWindowSize calls the failure rate is computed over
 * @param circuitBreakerMinimumCalls calls needed before the failure rate counts
 * @param circuitBreakerWaitInOpenState how long the open breaker refuses calls before it lets trial calls through
 * @param circuitBreakerPermittedCallsInHalfOpen trial calls that decide whether the breaker closes again
 * @param contactPageSize contacts asked for per page, at most 1000
 * @param maxPagesPerWalk the most pages one walk through a listing reads before it stops with an error: a server
 *     naming new pages forever would otherwise be followed forever
 */
public record CxoneClientSettings(
        String tenant,
        CxoneDialect dialect,
        URI baseUrl,
        String clientId,
        String clientSecret,
        String tokenPath,
        AuthStyle authStyle,
        @Nullable String scope,
        Duration tokenRefreshBuffer,
        Duration connectTimeout,
        Duration readTimeout,
        int rateLimitPerMinute,
        Duration maxWaitForPermit,
        int retryMaxAttempts,
        Duration retryInitialBackoff,
        double retryMultiplier,
        Duration retryMaxBackoff,
        double retryJitter,
        Duration maxRetryAfter,
        float circuitBreakerFailureRateThreshold,
        int circuitBreakerSlidingWindowSize,
        int circuitBreakerMinimumCalls,
        Duration circuitBreakerWaitInOpenState,
        int circuitBreakerPermittedCallsInHalfOpen,
        int contactPageSize,
        int maxPagesPerWalk,
        @Nullable URI apiBaseUrl,
        @Nullable Integer reportingCampaignId,
        List<Integer> dncGroupIds,
        ZoneId scheduleZone) {

    /** CXone answers at most this many entries per page. */
    public static final int MAX_PAGE_SIZE = 1000;

    public CxoneClientSettings {
        requireText(tenant, "tenant");
        Objects.requireNonNull(dialect, "dialect");
        baseUrl = withoutTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"), "base URL");
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
        requireText(tokenPath, "tokenPath");
        if (!tokenPath.startsWith("/")) {
            throw new IllegalArgumentException("token path '" + tokenPath + "' must start with '/'");
        }
        Objects.requireNonNull(authStyle, "authStyle");
        scope = scope == null || scope.isBlank() ? null : scope.strip();
        requireNotNegative(tokenRefreshBuffer, "tokenRefreshBuffer");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requireAtLeastOne(rateLimitPerMinute, "rateLimitPerMinute");
        requireNotNegative(maxWaitForPermit, "maxWaitForPermit");
        requireAtLeastOne(retryMaxAttempts, "retryMaxAttempts");
        requirePositive(retryInitialBackoff, "retryInitialBackoff");
        if (!(retryMultiplier >= 1.0)) {
            throw new IllegalArgumentException("retry multiplier " + retryMultiplier + " must be at least 1");
        }
        requirePositive(retryMaxBackoff, "retryMaxBackoff");
        if (retryMaxBackoff.compareTo(retryInitialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "retry max backoff " + retryMaxBackoff + " is shorter than the initial backoff " + retryInitialBackoff);
        }
        if (!(retryJitter >= 0.0 && retryJitter < 1.0)) {
            throw new IllegalArgumentException("retry jitter " + retryJitter + " must be in [0, 1)");
        }
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        if (!(circuitBreakerFailureRateThreshold > 0 && circuitBreakerFailureRateThreshold <= 100)) {
            throw new IllegalArgumentException(
                    "circuit breaker failure rate threshold " + circuitBreakerFailureRateThreshold + " must be in (0, 100] percent");
        }
        requireAtLeastOne(circuitBreakerSlidingWindowSize, "circuitBreakerSlidingWindowSize");
        requireAtLeastOne(circuitBreakerMinimumCalls, "circuitBreakerMinimumCalls");
        requirePositive(circuitBreakerWaitInOpenState, "circuitBreakerWaitInOpenState");
        requireAtLeastOne(circuitBreakerPermittedCallsInHalfOpen, "circuitBreakerPermittedCallsInHalfOpen");
        if (contactPageSize < 1 || contactPageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("contact page size " + contactPageSize + " must be in [1, " + MAX_PAGE_SIZE + "]");
        }
        requireAtLeastOne(maxPagesPerWalk, "maxPagesPerWalk");
        if (apiBaseUrl != null) {
            requireAdmin(dialect, "apiBaseUrl");
            apiBaseUrl = withoutTrailingSlash(apiBaseUrl, "API base URL");
        }
        if (reportingCampaignId != null) {
            requireAdmin(dialect, "reportingCampaignId");
            requireAtLeastOne(reportingCampaignId, "reportingCampaignId");
        }
        Objects.requireNonNull(scheduleZone, "scheduleZone");
        if (!scheduleZone.equals(ZoneOffset.UTC)) {
            requireAdmin(dialect, "scheduleZone");
        }
        dncGroupIds = dncGroupIds == null ? List.of() : List.copyOf(dncGroupIds);
        if (!dncGroupIds.isEmpty()) {
            requireAdmin(dialect, "dncGroupIds");
            dncGroupIds.forEach(id -> requireAtLeastOne(id, "dncGroupIds"));
            if (Set.copyOf(dncGroupIds).size() != dncGroupIds.size()) {
                throw new IllegalArgumentException("dncGroupIds " + dncGroupIds + " name a group more than once");
            }
        }
    }

    private static URI withoutTrailingSlash(URI url, String name) {
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException(name + " '" + url + "' must be an absolute http(s) URL");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " '" + url + "' must not carry a query or fragment");
        }
        String text = url.toString();
        int end = text.length();
        while (text.charAt(end - 1) == '/') {
            end--;
        }
        return end == text.length() ? url : URI.create(text.substring(0, end));
    }

    private static void requireAdmin(CxoneDialect dialect, String name) {
        if (dialect != CxoneDialect.ADMIN) {
            throw new IllegalArgumentException(name + " applies to the " + CxoneDialect.ADMIN + " dialect only, not to " + dialect);
        }
    }

    /** Settings for one tenant of the contract ({@link CxoneDialect#V2}) with every other value at its default. */
    public static Builder builder(URI baseUrl, String clientId, String clientSecret) {
        return new Builder(baseUrl, clientId, clientSecret);
    }

    /**
     * Settings for one tenant of the Admin API ({@link CxoneDialect#ADMIN}) with every other value at its default.
     *
     * @param authBaseUrl the host that issues tokens for an access key and answers discovery
     */
    public static Builder adminBuilder(URI authBaseUrl, String accessKeyId, String accessKeySecret) {
        return new Builder(authBaseUrl, accessKeyId, accessKeySecret).dialect(CxoneDialect.ADMIN);
    }

    /** A builder holding these settings, to change a few of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "CxoneClientSettings[tenant=" + tenant + ", dialect=" + dialect + ", baseUrl=" + baseUrl + ", clientId=" + clientId
                + ", clientSecret=****, tokenPath=" + tokenPath + ", authStyle=" + authStyle + ", scope=" + scope
                + ", tokenRefreshBuffer=" + tokenRefreshBuffer + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", maxWaitForPermit=" + maxWaitForPermit + ", retryMaxAttempts=" + retryMaxAttempts
                + ", retryInitialBackoff=" + retryInitialBackoff + ", retryMultiplier=" + retryMultiplier
                + ", retryMaxBackoff=" + retryMaxBackoff + ", retryJitter=" + retryJitter
                + ", maxRetryAfter=" + maxRetryAfter
                + ", circuitBreakerFailureRateThreshold=" + circuitBreakerFailureRateThreshold
                + ", circuitBreakerSlidingWindowSize=" + circuitBreakerSlidingWindowSize
                + ", circuitBreakerMinimumCalls=" + circuitBreakerMinimumCalls
                + ", circuitBreakerWaitInOpenState=" + circuitBreakerWaitInOpenState
                + ", circuitBreakerPermittedCallsInHalfOpen=" + circuitBreakerPermittedCallsInHalfOpen
                + ", contactPageSize=" + contactPageSize + ", maxPagesPerWalk=" + maxPagesPerWalk
                + ", apiBaseUrl=" + apiBaseUrl + ", reportingCampaignId=" + reportingCampaignId + ", dncGroupIds=" + dncGroupIds + ", scheduleZone=" + scheduleZone + "]";
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requirePositive(@Nullable Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void requireNotNegative(@Nullable Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** Collects settings; starts from the defaults named on each method. */
    public static final class Builder {

        private String tenant = "default";
        private CxoneDialect dialect = CxoneDialect.V2;
        private URI baseUrl;
        private String clientId;
        private String clientSecret;
        private String tokenPath = "/oauth/token";
        private AuthStyle authStyle = AuthStyle.FORM;
        private @Nullable String scope;
        private Duration tokenRefreshBuffer = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private int rateLimitPerMinute = 100;
        private Duration maxWaitForPermit = Duration.ofSeconds(30);
        private int retryMaxAttempts = 6;
        private Duration retryInitialBackoff = Duration.ofMillis(500);
        private double retryMultiplier = 2.0;
        private Duration retryMaxBackoff = Duration.ofSeconds(30);
        private double retryJitter = 0.5;
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private float circuitBreakerFailureRateThreshold = 50f;
        private int circuitBreakerSlidingWindowSize = 100;
        private int circuitBreakerMinimumCalls = 20;
        private Duration circuitBreakerWaitInOpenState = Duration.ofSeconds(30);
        private int circuitBreakerPermittedCallsInHalfOpen = 3;
        private int contactPageSize = 250;
        private int maxPagesPerWalk = 100_000;
        private @Nullable URI apiBaseUrl;
        private @Nullable Integer reportingCampaignId;
        private List<Integer> dncGroupIds = List.of();
        private ZoneId scheduleZone = ZoneOffset.UTC;

        private Builder(URI baseUrl, String clientId, String clientSecret) {
            this.baseUrl = baseUrl;
            this.clientId = clientId;
            this.clientSecret = clientSecret;
        }

        private Builder(CxoneClientSettings settings) {
            this(settings.baseUrl, settings.clientId, settings.clientSecret);
            tenant = settings.tenant;
            dialect = settings.dialect;
            tokenPath = settings.tokenPath;
            authStyle = settings.authStyle;
            scope = settings.scope;
            tokenRefreshBuffer = settings.tokenRefreshBuffer;
            connectTimeout = settings.connectTimeout;
            readTimeout = settings.readTimeout;
            rateLimitPerMinute = settings.rateLimitPerMinute;
            maxWaitForPermit = settings.maxWaitForPermit;
            retryMaxAttempts = settings.retryMaxAttempts;
            retryInitialBackoff = settings.retryInitialBackoff;
            retryMultiplier = settings.retryMultiplier;
            retryMaxBackoff = settings.retryMaxBackoff;
            retryJitter = settings.retryJitter;
            maxRetryAfter = settings.maxRetryAfter;
            circuitBreakerFailureRateThreshold = settings.circuitBreakerFailureRateThreshold;
            circuitBreakerSlidingWindowSize = settings.circuitBreakerSlidingWindowSize;
            circuitBreakerMinimumCalls = settings.circuitBreakerMinimumCalls;
            circuitBreakerWaitInOpenState = settings.circuitBreakerWaitInOpenState;
            circuitBreakerPermittedCallsInHalfOpen = settings.circuitBreakerPermittedCallsInHalfOpen;
            contactPageSize = settings.contactPageSize;
            maxPagesPerWalk = settings.maxPagesPerWalk;
            apiBaseUrl = settings.apiBaseUrl;
            reportingCampaignId = settings.reportingCampaignId;
            dncGroupIds = settings.dncGroupIds;
            scheduleZone = settings.scheduleZone;
        }

        /** Default {@code default}. */
        public Builder tenant(String value) {
            tenant = value;
            return this;
        }

        /** Default {@link CxoneDialect#V2}; {@link CxoneClientSettings#adminBuilder} starts from {@link CxoneDialect#ADMIN}. */
        public Builder dialect(CxoneDialect value) {
            dialect = value;
            return this;
        }

        public Builder baseUrl(URI value) {
            baseUrl = value;
            return this;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = value;
            return this;
        }

        /** Default {@code /oauth/token}; {@code /api/v2/oauth/token} and {@code /oauth2/token} are also seen. */
        public Builder tokenPath(String value) {
            tokenPath = value;
            return this;
        }

        /** Default {@link AuthStyle#FORM}. */
        public Builder authStyle(AuthStyle value) {
            authStyle = value;
            return this;
        }

        /** Default none. */
        public Builder scope(@Nullable String value) {
            scope = value;
            return this;
        }

        /** Default 60 s. */
        public Builder tokenRefreshBuffer(Duration value) {
            tokenRefreshBuffer = value;
            return this;
        }

        /** Default 5 s. */
        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        /** Default 30 s. */
        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        /** Default 100, "about 100 requests per minute per client". */
        public Builder rateLimitPerMinute(int value) {
            rateLimitPerMinute = value;
            return this;
        }

        /** Default 30 s. */
        public Builder maxWaitForPermit(Duration value) {
            maxWaitForPermit = value;
            return this;
        }

        /** Default 6 (the first attempt and five retries). */
        public Builder retryMaxAttempts(int value) {
            retryMaxAttempts = value;
            return this;
        }

        /** Default 500 ms. */
        public Builder retryInitialBackoff(Duration value) {
            retryInitialBackoff = value;
            return this;
        }

        /** Default 2. */
        public Builder retryMultiplier(double value) {
            retryMultiplier = value;
            return this;
        }

        /** Default 30 s. */
        public Builder retryMaxBackoff(Duration value) {
            retryMaxBackoff = value;
            return this;
        }

        /** Default 0.5: each backoff is drawn from ±50 % around its nominal value. */
        public Builder retryJitter(double value) {
            retryJitter = value;
            return this;
        }

        /** Default 60 s. */
        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = value;
            return this;
        }

        /** Default 50 %. */
        public Builder circuitBreakerFailureRateThreshold(float value) {
            circuitBreakerFailureRateThreshold = value;
            return this;
        }

        /** Default 100 calls. */
        public Builder circuitBreakerSlidingWindowSize(int value) {
            circuitBreakerSlidingWindowSize = value;
            return this;
        }

        /** Default 20 calls. */
        public Builder circuitBreakerMinimumCalls(int value) {
            circuitBreakerMinimumCalls = value;
            return this;
        }

        /** Default 30 s. */
        public Builder circuitBreakerWaitInOpenState(Duration value) {
            circuitBreakerWaitInOpenState = value;
            return this;
        }

        /** Default 3 calls. */
        public Builder circuitBreakerPermittedCallsInHalfOpen(int value) {
            circuitBreakerPermittedCallsInHalfOpen = value;
            return this;
        }

        /** Default 250, at most 1000. */
        public Builder contactPageSize(int value) {
            contactPageSize = value;
            return this;
        }

        /** Default 100000: a hundred million rows at the largest page. */
        public Builder maxPagesPerWalk(int value) {
            maxPagesPerWalk = value;
            return this;
        }

        /** Default none: the API host is discovered. */
        public Builder apiBaseUrl(@Nullable URI value) {
            apiBaseUrl = value;
            return this;
        }

        /** Default none. */
        public Builder reportingCampaignId(@Nullable Integer value) {
            reportingCampaignId = value;
            return this;
        }

        /** Default [] (none: suppressions cannot be read). */
        public Builder dncGroupIds(List<Integer> value) {
            dncGroupIds = value;
            return this;
        }

        /** Default Z (UTC), ADMIN only: name the business unit's time zone, or every window dials at its UTC hours. */
        public Builder scheduleZone(ZoneId value) {
            scheduleZone = value;
            return this;
        }

        public CxoneClientSettings build() {
            return new CxoneClientSettings(tenant, dialect, baseUrl, clientId, clientSecret, tokenPath, authStyle, scope,
                    tokenRefreshBuffer, connectTimeout, readTimeout, rateLimitPerMinute, maxWaitForPermit,
                    retryMaxAttempts, retryInitialBackoff, retryMultiplier, retryMaxBackoff, retryJitter, maxRetryAfter,
                    circuitBreakerFailureRateThreshold, circuitBreakerSlidingWindowSize, circuitBreakerMinimumCalls,
                    circuitBreakerWaitInOpenState, circuitBreakerPermittedCallsInHalfOpen, contactPageSize, maxPagesPerWalk,
                    apiBaseUrl, reportingCampaignId, dncGroupIds, scheduleZone);
        }
    }
}
