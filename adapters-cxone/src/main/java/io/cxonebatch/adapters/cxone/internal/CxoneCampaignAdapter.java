package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaigns in CXone: create in DRAFT, read, list every page or until a match, activate, attach the predictive
 * dialer rule. Attaching is not sent again once CXone may have acted on it.
 */
public final class CxoneCampaignAdapter
        implements CreateCampaignPort, LoadCampaignPort, ListCampaignsPort, ActivateCampaignPort, AttachDialerRulePort {

    private static final Logger log = LoggerFactory.getLogger(CxoneCampaignAdapter.class);

    static final int PAGE_SIZE = CxoneAdapters.MAX_PAGE_SIZE;

    private final CxoneTransport transport;

    CxoneCampaignAdapter(CxoneTransport transport) {
        this.transport = transport;
    }

    @Override
    public CampaignId createCampaign(NewCampaign campaign) {
        CreateCampaignRequest request = CampaignMapping.toRequest(campaign);
        CampaignCreatedResponse created;
        try {
            created = transport.executor.call(Endpoint.CREATE_CAMPAIGN,
                    authorization -> transport.campaigns.create(authorization, request));
        } catch (CxoneConflictException conflict) {
            // The contract's only conflict on create is the name; only this call knows which name it was.
            throw new CampaignNameTakenException(conflict.operation(), campaign.name(), conflict.serverMessage(), null);
        }
        if (created == null || !CampaignMapping.hasText(created.id())) {
            throw IncompleteResponses.lacking(Endpoint.CREATE_CAMPAIGN, 201, "the new campaign's id");
        }
        return CampaignId.of(created.id().strip());
    }

    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        WithEtag<CampaignResponse> response = transport.executor.call(Endpoint.LOAD_CAMPAIGN,
                authorization -> transport.campaigns.load(authorization, id.value()));
        if (response.body() == null) {
            throw IncompleteResponses.lacking(Endpoint.LOAD_CAMPAIGN, 200, "a body");
        }
        return CampaignMapping.loaded(response.body(), id, response.etag());
    }

    @Override
    public void forEachCampaignPage(Consumer<List<RemoteCampaign>> pageConsumer) {
        transport.pages.walk(Endpoint.LIST_CAMPAIGNS,
                authorization -> transport.campaigns.list(authorization, 1, PAGE_SIZE),
                transport.campaigns::page,
                CampaignPageResponse::nextPageUri,
                page -> pageConsumer.accept(campaigns(page)));
    }

    @Override
    public Optional<RemoteCampaign> findListedCampaign(Predicate<RemoteCampaign> match) {
        return transport.pages.find(Endpoint.LIST_CAMPAIGNS,
                authorization -> transport.campaigns.list(authorization, 1, PAGE_SIZE),
                transport.campaigns::page,
                CampaignPageResponse::nextPageUri,
                page -> campaigns(page).stream().filter(match).findFirst());
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
        return List.copyOf(campaigns);
    }

    @Override
    public void activateCampaign(CampaignId id) {
        transport.executor.run(Endpoint.ACTIVATE_CAMPAIGN, authorization -> transport.campaigns.activate(authorization, id.value()));
    }

    @Override
    public String attachDialerRule(CampaignId campaignId, DialerRule rule) {
        DialerRuleRequest request = new DialerRuleRequest(campaignId.value(), CampaignType.PREDICTIVE.name(),
                rule.abandonThreshold(), rule.predictiveRate(), rule.maxConcurrentCalls(), rule.targetListId());
        DialerRuleResponse created = transport.executor.call(Endpoint.ATTACH_DIALER_RULE,
                authorization -> transport.dialerRules.create(authorization, request));
        if (created == null || !CampaignMapping.hasText(created.id())) {
            throw IncompleteResponses.lacking(Endpoint.ATTACH_DIALER_RULE, 201, "the new rule's id");
        }
        return created.id().strip();
    }
}
