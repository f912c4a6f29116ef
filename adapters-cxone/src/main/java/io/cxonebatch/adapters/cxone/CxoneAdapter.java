package io.cxonebatch.adapters.cxone;

import io.cxonebatch.adapters.cxone.internal.CxoneAdapters;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.QueryCampaignActivityPort;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every CXone port of the application, for one tenant, over the CXone REST contract (docs/cxone-api.md). One
 * instance holds the tenant's token cache, rate limiter, retry and circuit breaker; it is thread-safe and meant to
 * be shared. Calls that change CXone answer with the status CXone sent; listings are read a page at a time from a
 * cursor that outlives the instance (a page's {@code nextPageUri}). Failures surface as the ports'
 * {@code CxoneCallException} subclasses only.
 */
public final class CxoneAdapter implements CreateCampaignPort, LoadCampaignPort, ListCampaignsPort, ActivateCampaignPort,
        AttachDialerRulePort, LoadOutboundSettingsPort, UpdatePacingPort, ConfigurePreviewPort,
        CountActivePreviewCampaignsPort, AssignAgentsPort, ReadContactListPort, CheckContactListPort, ReadSuppressionsPort,
        RegisterWebhookPort, QueryCampaignActivityPort {

    private final CxoneAdapters adapters;

    private CxoneAdapter(CxoneAdapters adapters) {
        this.adapters = adapters;
    }

    /** An adapter for the tenant the settings describe, recording its meters in the registry. Sends nothing yet. */
    public static CxoneAdapter create(CxoneClientSettings settings, MeterRegistry meterRegistry) {
        return create(settings, meterRegistry, RequestBudget.perProcess());
    }

    /** The same, drawing every request's permit from {@code budget}. */
    public static CxoneAdapter create(CxoneClientSettings settings, MeterRegistry meterRegistry, RequestBudget budget) {
        return create(settings, meterRegistry, Clock.systemUTC(), budget);
    }

    static CxoneAdapter create(CxoneClientSettings settings, MeterRegistry meterRegistry, Clock clock) {
        return create(settings, meterRegistry, clock, RequestBudget.perProcess());
    }

    static CxoneAdapter create(CxoneClientSettings settings, MeterRegistry meterRegistry, Clock clock, RequestBudget budget) {
        return new CxoneAdapter(CxoneAdapters.connect(settings, meterRegistry, clock, budget.dataSource()));
    }

    /**
     * Asks the tenant's token endpoint for a token now (one request, through the rate limiter): for a health check of
     * CXone's reachability and of the credentials.
     *
     * @throws io.cxonebatch.application.port.out.cxone.CxoneCallException when CXone does not answer or refuses them
     */
    public void checkTokenEndpoint() {
        adapters.campaigns().checkTokenEndpoint();
    }

    @Override
    public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
        return adapters.campaigns().createCampaign(campaign);
    }

    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        return adapters.campaigns().loadCampaign(id);
    }

    @Override
    public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
        return adapters.campaigns().campaignPage(cursor);
    }

    @Override
    public CxoneAnswer<Void> activateCampaign(CampaignId id) {
        return adapters.campaigns().activateCampaign(id);
    }

    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        return adapters.campaigns().attachDialerRule(campaignId, rule);
    }

    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        return adapters.outbound().loadOutboundSettings(id);
    }

    @Override
    public CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        return adapters.outbound().updatePacing(id, name, settings, expectedVersion);
    }

    @Override
    public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        return adapters.outbound().configurePreview(id, name, settings, expectedVersion);
    }

    @Override
    public int countActivePreviewCampaigns() {
        return adapters.outbound().countActivePreviewCampaigns();
    }

    @Override
    public CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
        return adapters.outbound().assignAgents(campaignId, agents);
    }

    @Override
    public Page<ContactRecord> contactPage(String contactListId, @Nullable PageCursor cursor) {
        return adapters.lists().contactPage(contactListId, cursor);
    }

    @Override
    public boolean contactListExists(String contactListId) {
        return adapters.lists().contactListExists(contactListId);
    }

    @Override
    public Page<SuppressionRecord> suppressionPage(@Nullable PageCursor cursor) {
        return adapters.lists().suppressionPage(cursor);
    }

    @Override
    public CxoneAnswer<Void> registerWebhook(String name, String eventFilter, String uri) {
        return adapters.webhooks().registerWebhook(name, eventFilter, uri);
    }

    @Override
    public List<ActivityInterval> queryCampaignActivity(CampaignId id, Instant from, Instant to) {
        return adapters.analytics().queryCampaignActivity(id, from, to);
    }
}
