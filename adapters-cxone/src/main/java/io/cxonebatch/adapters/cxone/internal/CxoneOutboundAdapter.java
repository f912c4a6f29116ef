package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Outbound campaign settings: read them with their version, replace the dialer parameters or the preview
 * configuration guarded by {@code If-Match}, count active preview campaigns, direct agents to a campaign. Every
 * change answers with the status CXone sent.
 */
public final class CxoneOutboundAdapter implements LoadOutboundSettingsPort, UpdatePacingPort, ConfigurePreviewPort,
        CountActivePreviewCampaignsPort, AssignAgentsPort {

    private final CxoneTransport transport;

    CxoneOutboundAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        Reply<OutboundCampaignResponse> response = transport.executor.call(Endpoint.LOAD_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.load(authorization, id.value()));
        if (response.body() == null) {
            throw IncompleteResponses.lacking(Endpoint.LOAD_OUTBOUND_CAMPAIGN, response.status(), "a body");
        }
        return PacingMapping.toSettings(id, response.body(), response.etag());
    }

    @Override
    public CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        DialerParametersRequest request = PacingMapping.toRequest(id, name, settings);
        Reply<OutboundUpdatedResponse> response = transport.executor.call(Endpoint.UPDATE_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.updateDialerParameters(authorization, id.value(),
                        Versions.ifMatch(expectedVersion), request));
        return response.answer(newVersion(id, response));
    }

    @Override
    public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        PreviewConfigurationRequest request = PreviewMapping.toRequest(name, settings);
        Reply<OutboundUpdatedResponse> response = transport.executor.call(Endpoint.UPDATE_OUTBOUND_CAMPAIGN,
                authorization -> transport.outbound.configurePreview(authorization, id.value(),
                        Versions.ifMatch(expectedVersion), request));
        return response.answer(newVersion(id, response));
    }

    /** The body's version, else the ETag's (a 204 has only that); when CXone names neither, it is read back. */
    private long newVersion(CampaignId id, Reply<OutboundUpdatedResponse> response) {
        OutboundUpdatedResponse body = response.body();
        return Versions.of(body == null ? null : body.version(), response.etag())
                .orElseGet(() -> loadOutboundSettings(id).version());
    }

    /** Reads every page of the listing, stopping with an exception rather than loop when a page is named twice. */
    @Override
    public int countActivePreviewCampaigns() {
        int count = 0;
        Set<PageCursor> named = new HashSet<>();
        PageCursor cursor = null;
        do {
            OutboundCampaignPageResponse page = activePreviewPage(cursor);
            count += page.entity() == null ? 0 : page.entity().size();
            cursor = PageReader.next(page.nextPageUri());
            if (cursor != null && !named.add(cursor)) {
                throw PageReader.readTwice(Endpoint.LIST_OUTBOUND_CAMPAIGNS, cursor);
            }
        } while (cursor != null);
        return count;
    }

    private OutboundCampaignPageResponse activePreviewPage(@Nullable PageCursor cursor) {
        return transport.pages.read(Endpoint.LIST_OUTBOUND_CAMPAIGNS, cursor,
                authorization -> transport.outbound.list(authorization, "preview", "active", CxoneAdapters.MAX_PAGE_SIZE),
                transport.outbound::page);
    }

    @Override
    public CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents) {
        AgentsRequest request = AgentMapping.toRequest(agents);
        Reply<AgentsAssignedResponse> response = transport.executor.call(Endpoint.ASSIGN_AGENTS,
                authorization -> transport.outbound.assignAgents(authorization, campaignId.value(), request));
        AgentsAssignedResponse body = response.body();
        if (body == null || !CampaignMapping.hasText(body.assignmentId())) {
            throw IncompleteResponses.lacking(Endpoint.ASSIGN_AGENTS, response.status(), "the assignment's id");
        }
        return response.answer(new AgentsAssigned(body.assignmentId(), body.agentsUpdated()));
    }
}
