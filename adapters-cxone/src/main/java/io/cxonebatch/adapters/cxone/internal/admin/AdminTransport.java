package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Feign;
import feign.Target;
import feign.jackson3.Jackson3Decoder;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.adapters.cxone.CxoneDialect;
import io.cxonebatch.adapters.cxone.internal.AccessTokens;
import io.cxonebatch.adapters.cxone.internal.CallExecutor;
import io.cxonebatch.adapters.cxone.internal.TokenErrorDecoder;
import io.cxonebatch.adapters.cxone.internal.TransportParts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Feign clients of one Admin tenant over the machinery the contract's clients use: one JDK HTTP client, one
 * rate limiter that every request draws on (the token and discovery included), one retry and breaker, and one token
 * cache. The token and discovery go to the authentication host (the settings' base URL); the API calls go to the
 * host {@link ApiBase} names, which is why their clients have no fixed target. Feign itself never retries.
 */
final class AdminTransport {

    final CallExecutor executor;
    final ApiBase apiBase;
    final SkillClient skills;
    final SkillAgentClient skillAgents;
    final CallListClient callLists;
    final DncClient dnc;
    final ReportingClient reporting;
    /** For the answers the API clients hand over undecoded (a streamed download). */
    final AdminErrorDecoder errors;
    final SkipTopPages pages;
    final JsonMapper mapper;
    final CxoneClientSettings settings;
    final Clock clock;

    private AdminTransport(CallExecutor executor, ApiBase apiBase, Feign.Builder api, AdminErrorDecoder errors, JsonMapper mapper,
            CxoneClientSettings settings, Clock clock) {
        this.executor = executor;
        this.apiBase = apiBase;
        this.skills = api.target(Target.EmptyTarget.create(SkillClient.class));
        this.skillAgents = api.target(Target.EmptyTarget.create(SkillAgentClient.class));
        this.callLists = api.target(Target.EmptyTarget.create(CallListClient.class));
        this.dnc = api.target(Target.EmptyTarget.create(DncClient.class));
        this.reporting = api.target(Target.EmptyTarget.create(ReportingClient.class));
        this.errors = errors;
        this.pages = new SkipTopPages(executor, settings.maxPagesPerWalk());
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    /** The reporting campaign new skills report under; null when none is configured. */
    @Nullable Integer reportingCampaignId() {
        return settings.reportingCampaignId();
    }

    /** The business unit's time zone, the clock of every skill's schedule. */
    ZoneId scheduleZone() {
        return settings.scheduleZone();
    }

    static AdminTransport connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock,
            @Nullable DataSource sharedBudget) {
        if (settings.dialect() != CxoneDialect.ADMIN) {
            throw new IllegalArgumentException("settings of the " + settings.dialect() + " dialect, not of " + CxoneDialect.ADMIN);
        }
        TransportParts parts = TransportParts.of(settings, registry, sharedBudget);
        JsonMapper mapper = parts.mapper();
        AccessKeyClient tokenClient = parts.feign(request -> AccessKeyClient.TOKEN_PATH)
                .errorDecoder(new TokenErrorDecoder(AccessKeyLogin.OPERATION, settings.clientId(), settings.clientSecret(), mapper,
                        clock, settings.maxRetryAfter()))
                .target(AccessKeyClient.class, settings.baseUrl().toString());
        AccessKeyLogin login = new AccessKeyLogin(tokenClient, settings.clientId(), settings.clientSecret(), mapper);
        AccessTokens tokens = new AccessTokens(settings.tenant(), AccessKeyLogin.OPERATION, login, AccessKeyLogin.ASSUMED_LIFETIME,
                settings.tokenRefreshBuffer(), clock, parts.metrics(), parts.permits());

        CallExecutor executor = parts.executor(tokens);
        AdminErrorDecoder errors = new AdminErrorDecoder(mapper);
        Feign.Builder api = parts.feign(request -> AdminEndpoint.of(request).template())
                .decoder(new AdminReplyDecoder(new Jackson3Decoder(mapper), mapper))
                .errorDecoder(errors);
        DiscoveryClient discovery = api.target(DiscoveryClient.class, settings.baseUrl().toString());
        ApiBase apiBase = new ApiBase(settings.apiBaseUrl(), executor, discovery, login);
        // No fixed host: every method takes the API host, and a method that forgot it could not be sent anywhere.
        return new AdminTransport(executor, apiBase, api, errors, mapper, settings, clock);
    }
}
