package io.cxonebatch.adapters.cxone;

import io.cxonebatch.adapters.cxone.internal.CxoneAdapters;
import io.cxonebatch.adapters.cxone.internal.admin.AdminAdapters;
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
import io.cxonebatch.application.port.out.cxone.CxoneCapabilitiesPort;
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
import io.cxonebatch.domain.schedule.ScheduleShape;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every CXone port of the application, for one tenant, in the dialect its settings name: the CXone REST contract
 * ({@code cxone-api.md}, {@link CxoneDialect#V2}) or the Admin API ({@code cxone-admin-api.md}, {@link CxoneDialect#ADMIN};
 * ADR 10 says what each port loses there). One instance holds the tenant's token cache, rate limiter, retry and
 * circuit breaker; it is thread-safe and meant to be shared. Calls that change CXone answer with the status CXone sent; listings are read a page at a time from a
 * cursor that outlives the instance (a page's {@code nextPageUri}). Failures surface as the ports'
 * {@code CxoneCallException} subclasses only.
 */
public final class CxoneAdapter implements CreateCampaignPort, LoadCampaignPort, ListCampaignsPort, ActivateCampaignPort,
        AttachDialerRulePort, LoadOutboundSettingsPort, UpdatePacingPort, ConfigurePreviewPort,
        CountActivePreviewCampaignsPort, AssignAgentsPort, ReadContactListPort, CheckContactListPort, ReadSuppressionsPort,
        RegisterWebhookPort, QueryCampaignActivityPort, CxoneCapabilitiesPort {

    private final DialectPorts ports;

    private CxoneAdapter(DialectPorts ports) {
        this.ports = ports;
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
        return new CxoneAdapter(switch (settings.dialect()) {
            case V2 -> DialectPorts.v2(CxoneAdapters.connect(settings, meterRegistry, clock, budget.dataSource()));
            case ADMIN -> DialectPorts.admin(AdminAdapters.connect(settings, meterRegistry, clock, budget.dataSource()),
                    settings.scheduleZone());
        });
    }

    /**
     * Asks the tenant's token endpoint for a token now (one request, through the rate limiter): for a health check of
     * CXone's reachability and of the credentials.
     *
     * @throws io.cxonebatch.application.port.out.cxone.CxoneCallException when CXone does not answer or refuses them
     */
    public void checkTokenEndpoint() {
        ports.tokenCheck().run();
    }

    @Override
    public ScheduleShape scheduleShape() {
        return ports.scheduleShape();
    }

    @Override
    public boolean notifiesByWebhook() {
        return ports.notifiesByWebhook();
    }

    @Override
    public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
        return ports.create().createCampaign(campaign);
    }

    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        return ports.load().loadCampaign(id);
    }

    @Override
    public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
        return ports.list().campaignPage(cursor);
    }

    @Override
    public CxoneAnswer<Void> activateCampaign(CampaignId id) {
        return ports.activate().activateCampaign(id);
    }

    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        return ports.attachRule().attachDialerRule(campaignId, rule);
    }

    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        return ports.loadSettings().loadOutboundSettings(id);
    }

    @Override
    public CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        return ports.pacing().updatePacing(id, name, settings, expectedVersion);
    }

    @Override
    public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        return ports.preview().configurePreview(id, name, settings, expectedVersion);
    }

    @Override
    public int countActivePreviewCampaigns() {
        return ports.countPreviews().countActivePreviewCampaigns();
    }

    @Override
    public CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
        return ports.agents().assignAgents(campaignId, agents);
    }

    @Override
    public Page<ContactRecord> contactPage(String contactListId, @Nullable PageCursor cursor) {
        return ports.contacts().contactPage(contactListId, cursor);
    }

    @Override
    public boolean contactListExists(String contactListId) {
        return ports.checkLists().contactListExists(contactListId);
    }

    @Override
    public Page<SuppressionRecord> suppressionPage(@Nullable PageCursor cursor) {
        return ports.suppressions().suppressionPage(cursor);
    }

    @Override
    public CxoneAnswer<Void> registerWebhook(String name, String eventFilter, String uri) {
        return ports.webhooks().registerWebhook(name, eventFilter, uri);
    }

    @Override
    public List<ActivityInterval> queryCampaignActivity(CampaignId id, Instant from, Instant to) {
        return ports.activity().queryCampaignActivity(id, from, to);
    }
}
