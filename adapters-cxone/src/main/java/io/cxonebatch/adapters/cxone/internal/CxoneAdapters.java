package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/** The adapters of one tenant, sharing one transport: one token cache, one rate limiter, retry and breaker. */
public record CxoneAdapters(
        CxoneCampaignAdapter campaigns,
        CxoneOutboundAdapter outbound,
        CxoneListAdapter lists,
        CxoneWebhookAdapter webhooks,
        CxoneAnalyticsAdapter analytics) {

    static final int MAX_PAGE_SIZE = CxoneClientSettings.MAX_PAGE_SIZE;

    public static CxoneAdapters connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock) {
        CxoneTransport transport = CxoneTransport.connect(settings, registry, clock);
        return new CxoneAdapters(new CxoneCampaignAdapter(transport), new CxoneOutboundAdapter(transport),
                new CxoneListAdapter(transport), new CxoneWebhookAdapter(transport), new CxoneAnalyticsAdapter(transport));
    }
}
