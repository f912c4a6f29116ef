package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaigns in CXone: create in DRAFT, read, list a page at a time, activate, attach the predictive dialer rule.
 * Every change answers with the status CXone sent. Attaching is not sent again once CXone may have acted on it.
 */
public final class CxoneCampaignAdapter
        implements CreateCampaignPort, LoadCampaignPort, ListCampaignsPort, ActivateCampaignPort, AttachDialerRulePort {

    private static final Logger log = LoggerFactory.getLogger(CxoneCampaignAdapter.class);

    static final int PAGE_SIZE = CxoneAdapters.MAX_PAGE_SIZE;

    private final CxoneTransport transport;

    /** Asks the tenant's token endpoint for a token, now: CXone answers and takes the credentials, or this throws. */
    public void checkTokenEndpoint() {
        transport.executor.checkTokenEndpoint();
    }

    CxoneCampaignAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
        CreateCampaignRequest request = CampaignMapping.toRequest(campaign);
        Reply<CampaignCreatedResponse> created;
        try {
            created = transport.executor.call(Endpoint.CREATE_CAMPAIGN,
                    authorization -> transport.campaigns.create(authorization, request));
        } catch (CxoneConflictException conflict) {
            // The contract's only conflict on create is the name; only this call knows which name it was.
            throw new CampaignNameTakenException(conflict.operation(), campaign.name(), conflict.serverMessage(), null);
        }
        CampaignCreatedResponse body = created.body();
        if (body == null || !CampaignMapping.hasText(body.id())) {
            throw IncompleteResponses.lacking(Endpoint.CREATE_CAMPAIGN, created.status(), "the new campaign's id");
        }
        return created.answer(CampaignId.of(body.id().strip()));
    }

    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        Reply<CampaignResponse> response = transport.executor.call(Endpoint.LOAD_CAMPAIGN,
                authorization -> transport.campaigns.load(authorization, id.value()));
        if (response.body() == null) {
            throw IncompleteResponses.lacking(Endpoint.LOAD_CAMPAIGN, response.status(), "a body");
        }
        return CampaignMapping.loaded(response.body(), id, response.etag());
    }

    @Override
    public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
        CampaignPageResponse page = transport.pages.read(Endpoint.LIST_CAMPAIGNS, cursor,
                authorization -> transport.campaigns.list(authorization, 1, PAGE_SIZE),
                transport.campaigns::page);
        return PageReader.page(campaigns(page), page.nextPageUri());
    }

    private static List<RemoteCampaign> campaigns(CampaignPageResponse page) {
        if (page.entities() == null) {
            return List.of();
        }
        List<RemoteCampaign> campaigns = new ArrayList<>(page.entities().size());
        for (CampaignResponse entity : page.entities()) {
            RemoteCampaign campaign = entity == null ? null : CampaignMapping.listed(entity);
            if (campaign != null) {
                campaigns.add(campaign);
            }
        }
        if (campaigns.size() < page.entities().size()) {
            log.warn("CXone campaign listing: skipped {} entries without an id", page.entities().size() - campaigns.size());
        }
        return campaigns;
    }

    @Override
    public CxoneAnswer<Void> activateCampaign(CampaignId id) {
        return transport.executor.call(Endpoint.ACTIVATE_CAMPAIGN,
                authorization -> transport.campaigns.activate(authorization, id.value())).statusOnly();
    }

    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        DialerRuleRequest request = new DialerRuleRequest(campaignId.value(), CampaignType.PREDICTIVE.name(),
                rule.abandonThreshold(), rule.predictiveRate(), rule.maxConcurrentCalls(), rule.targetListId());
        Reply<DialerRuleResponse> created = transport.executor.call(Endpoint.ATTACH_DIALER_RULE,
                authorization -> transport.dialerRules.create(authorization, request));
        DialerRuleResponse body = created.body();
        if (body == null || !CampaignMapping.hasText(body.id())) {
            throw IncompleteResponses.lacking(Endpoint.ATTACH_DIALER_RULE, created.status(), "the new rule's id");
        }
        return created.answer(body.id().strip());
    }
}
