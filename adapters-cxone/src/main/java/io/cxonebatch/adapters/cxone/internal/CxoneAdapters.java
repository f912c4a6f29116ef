package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The adapters of one tenant, sharing one transport: one token cache, one rate limiter, retry and breaker. */
public record CxoneAdapters(
        CxoneCampaignAdapter campaigns,
        CxoneOutboundAdapter outbound,
        CxoneListAdapter lists,
        CxoneWebhookAdapter webhooks,
        CxoneAnalyticsAdapter analytics) {

    static final int MAX_PAGE_SIZE = CxoneClientSettings.MAX_PAGE_SIZE;

    public static CxoneAdapters connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock) {
        return connect(settings, registry, clock, null);
    }

    /** @param sharedBudget where the tenant's request budget is shared; null to keep it in this process */
    public static CxoneAdapters connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock,
            @Nullable DataSource sharedBudget) {
        CxoneTransport transport = CxoneTransport.connect(settings, registry, clock, sharedBudget);
        return new CxoneAdapters(new CxoneCampaignAdapter(transport), new CxoneOutboundAdapter(transport),
                new CxoneListAdapter(transport), new CxoneWebhookAdapter(transport), new CxoneAnalyticsAdapter(transport));
    }
}
