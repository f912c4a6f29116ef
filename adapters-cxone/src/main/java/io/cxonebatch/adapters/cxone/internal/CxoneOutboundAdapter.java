package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Outbound campaign settings: read them with their version, replace the dialer parameters or the preview
 * configuration guarded by {@code If-Match}, count active preview campaigns, direct agents to a campaign.
 */
public final class CxoneOutboundAdapter implements LoadOutboundSettingsPort, UpdatePacingPort, ConfigurePreviewPort,
        CountActivePreviewCampaignsPort, AssignAgentsPort {

    private final CxoneTransport transport;

    CxoneOutboundAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        WithEtag<OutboundCampaignResponse> response = transport.executor.call(Endpoint.LOAD_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.load(authorization, id.value()));
        if (response.body() == null) {
            throw IncompleteResponses.lacking(Endpoint.LOAD_OUTBOUND_CAMPAIGN, 200, "a body");
        }
        return PacingMapping.toSettings(id, response.body(), response.etag());
    }

    @Override
    public long updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        DialerParametersRequest request = PacingMapping.toRequest(id, name, settings);
        WithEtag<OutboundUpdatedResponse> response = transport.executor.call(Endpoint.UPDATE_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.updateDialerParameters(authorization, id.value(),
                        Versions.ifMatch(expectedVersion), request));
        return newVersion(id, response);
    }

    @Override
    public long configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        PreviewConfigurationRequest request = PreviewMapping.toRequest(name, settings);
        WithEtag<OutboundUpdatedResponse> response = transport.executor.call(Endpoint.UPDATE_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.configurePreview(authorization, id.value(),
                        Versions.ifMatch(expectedVersion), request));
        return newVersion(id, response);
    }

    /** The body's version, else the ETag's (a 204 has only that); when CXone names neither, it is read back. */
    private long newVersion(CampaignId id, WithEtag<OutboundUpdatedResponse> response) {
        OutboundUpdatedResponse body = response.body();
        return Versions.of(body == null ? null : body.version(), response.etag())
                .orElseGet(() -> loadOutboundSettings(id).version());
    }

    @Override
    public int countActivePreviewCampaigns() {
        AtomicInteger count = new AtomicInteger();
        transport.pages.walk(Endpoint.LIST_OUTBOUND_CAMPAIGNS,
                authorization -> transport.outbound.list(authorization, "preview", "active", CxoneAdapters.MAX_PAGE_SIZE),
                transport.outbound::page,
                OutboundCampaignPageResponse::nextPageUri,
                page -> count.addAndGet(page.entity() == null ? 0 : page.entity().size()));
        return count.get();
    }

    @Override
    public String assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
        AgentsRequest request = AgentMapping.toRequest(agents);
        AgentsAssignedResponse response = transport.executor.call(Endpoint.ASSIGN_AGENTS,
                authorization -> transport.outbound.assignAgents(authorization, campaignId.value(), request));
        if (response == null || !CampaignMapping.hasText(response.assignmentId())) {
            throw IncompleteResponses.lacking(Endpoint.ASSIGN_AGENTS, 200, "the assignment's id");
        }
        return response.assignmentId();
    }
}
