package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The Admin API adapters of one tenant, sharing one transport: one token cache, one API host, one set of policies. */
public record AdminAdapters(AdminCampaignAdapter campaigns, AdminOutboundAdapter outbound, AdminContactListAdapter contactLists,
        AdminSuppressionAdapter suppressions, AdminAgentAdapter agents, AdminWebhookAdapter webhooks, AdminActivityAdapter activity) {

    /**
     * Sends nothing yet: the first call logs in and, unless the settings name the API host, discovers it.
     *
     * @param settings of the {@link io.cxonebatch.adapters.cxone.CxoneDialect#ADMIN} dialect
     * @param sharedBudget where the tenant's request budget is shared; null to keep it in this process
     */
    public static AdminAdapters connect(CxoneClientSettings settings, MeterRegistry registry, Clock clock,
            @Nullable DataSource sharedBudget) {
        return of(AdminTransport.connect(settings, registry, clock, sharedBudget), AdminCampaignAdapter.LISTING_BOUND);
    }

    /** @param listingBound how long a creation waits for the listing to show the new skill */
    static AdminAdapters of(AdminTransport transport, Duration listingBound) {
        AdminCampaignAdapter campaigns = new AdminCampaignAdapter(transport, listingBound);
        SkillParameters parameters = new SkillParameters(transport);
        return new AdminAdapters(campaigns, new AdminOutboundAdapter(parameters, campaigns, new PreviewSkills(transport, parameters)),
                new AdminContactListAdapter(transport), new AdminSuppressionAdapter(transport), new AdminAgentAdapter(transport),
                new AdminWebhookAdapter(), new AdminActivityAdapter(transport));
    }
}
