package io.cxonebatch.adapters.cxone.internal;

import feign.Feign;
import feign.jackson3.Jackson3Decoder;
import feign.jackson3.Jackson3Encoder;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.adapters.cxone.CxoneDialect;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Feign clients of one tenant, sharing one JDK HTTP client, one token cache and one set of Resilience4j
 * policies; the token client and the API clients draw on the same rate limiter. Feign itself never retries:
 * {@link CallExecutor} does, so that the rate limiter and the breaker see every attempt.
 */
final class CxoneTransport {

    final CallExecutor executor;
    final PageReader pages;
    final CampaignClient campaigns;
    final DialerRuleClient dialerRules;
    final OutboundCampaignClient outbound;
    final ContactListClient contactLists;
    final SuppressionClient suppressions;
    final WebhookClient webhooks;
    final AnalyticsClient analytics;
    final CxoneClientSettings settings;

    private CxoneTransport(CxoneClientSettings settings, CallExecutor executor, Feign.Builder api) {
        String base = settings.baseUrl().toString();
        this.settings = settings;
        this.executor = executor;
        this.pages = new PageReader(settings.baseUrl(), executor, settings.maxPagesPerWalk());
        this.campaigns = api.target(CampaignClient.class, base);
        this.dialerRules = api.target(DialerRuleClient.class, base);
        this.outbound = api.target(OutboundCampaignClient.class, base);
        this.contactLists = api.target(ContactListClient.class, base);
        this.suppressions = api.target(SuppressionClient.class, base);
        this.webhooks = api.target(WebhookClient.class, base);
        this.analytics = api.target(AnalyticsClient.class, base);
    }

    static CxoneTransport connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock,
            @Nullable DataSource sharedBudget) {
        if (settings.dialect() != CxoneDialect.V2) {
            throw new IllegalArgumentException("settings of the " + settings.dialect() + " dialect, not of the contract's " + CxoneDialect.V2);
        }
        TransportParts parts = TransportParts.of(settings, registry, sharedBudget);
        JsonMapper mapper = parts.mapper();
        TokenClient tokenClient = parts.feign(request -> settings.tokenPath())
                .encoder(new FormOrJsonEncoder(new Jackson3Encoder(mapper)))
                .errorDecoder(new TokenErrorDecoder("POST " + settings.tokenPath(), settings.clientId(), settings.clientSecret(), mapper, clock,
                        settings.maxRetryAfter()))
                .target(TokenClient.class, settings.baseUrl() + settings.tokenPath());
        AccessTokens tokens = new AccessTokens(settings.tenant(), "POST " + settings.tokenPath(),
                new ClientCredentialsRequest(tokenClient, settings), ClientCredentialsRequest.ASSUMED_LIFETIME,
                settings.tokenRefreshBuffer(), clock, parts.metrics(), parts.permits());

        CallExecutor executor = parts.executor(tokens);
        Feign.Builder api = parts.feign(request -> Endpoint.of(request).template())
                .decoder(new ReplyDecoder(new Jackson3Decoder(mapper)))
                .errorDecoder(new CxoneErrorDecoder(mapper, clock, settings.maxRetryAfter()));
        return new CxoneTransport(settings, executor, api);
    }
}
