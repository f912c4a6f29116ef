package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Campaigns over the Admin API, where the dialing campaign is an outbound skill (cxone-admin-api.md §2): a skill by
 * id, the listing of outbound skills a page at a time, creation with its schedule, and start. A skill this adapter
 * asked to start reads as ACTIVATING until it is seen running (ADR 10).
 */
public final class AdminCampaignAdapter implements CreateCampaignPort, LoadCampaignPort, ListCampaignsPort, ActivateCampaignPort {

    /** How long a creation waits for the listing to show the new skill. */
    static final Duration LISTING_BOUND = Duration.ofSeconds(30);

    private final AdminTransport transport;
    private final StartedSkills started = new StartedSkills();
    private final OutboundSkillCreation creation;

    AdminCampaignAdapter(AdminTransport transport, Duration listingBound) {
        this.transport = transport;
        this.creation = new OutboundSkillCreation(transport, this, new SkillParameters(transport), listingBound);
    }

    /** Asks the access-key token endpoint for a token, now: CXone answers and takes the key, or this throws. */
    public void checkTokenEndpoint() {
        transport.executor.checkTokenEndpoint();
    }

    /** @throws CxoneRejectedException with status 0 when the id is no skill id (a whole number); nothing is sent */
    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        String skillId = SkillIds.of(id, AdminEndpoint.LOAD_SKILL);
        URI apiBase = transport.apiBase.get();
        JsonNode answer = transport.executor.call(AdminEndpoint.LOAD_SKILL,
                authorization -> transport.skills.load(apiBase, authorization, skillId));
        RemoteCampaign skill = answer == null ? null : SkillMapping.loaded(answer, id);
        if (skill == null) {
            throw new CxoneUnavailableException(AdminEndpoint.LOAD_SKILL.operation(), 200, "response lacks the skill", null);
        }
        return started.seen(skill);
    }

    /** Only outbound skills; a page may therefore hold fewer campaigns than rows, or none, and still not be the last. */
    @Override
    public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
        URI apiBase = transport.apiBase.get();
        SkipTopPages.Rows page = transport.pages.read(AdminEndpoint.LIST_SKILLS, "skills", cursor,
                (authorization, skip, top) -> transport.skills.list(apiBase, authorization, skip, top));
        List<RemoteCampaign> campaigns = new ArrayList<>(page.rows().size());
        for (JsonNode row : page.rows()) {
            RemoteCampaign campaign = row.isObject() ? SkillMapping.listedOutbound(row) : null;
            if (campaign != null) {
                campaigns.add(started.seen(campaign));
            }
        }
        return new Page<>(campaigns, page.next());
    }

    /**
     * Creates an outbound Personal Connection skill under the configured reporting campaign, then writes its schedule.
     *
     * @throws CxoneRejectedException with status 0, nothing sent, when no reporting campaign is configured or the
     *     window has no weekly form; with CXone's reason when CXone refused the skill
     * @throws io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException when the skill may exist and
     *     its id is not known: the answer said nothing of it, or the listing did not show it in time
     */
    @Override
    public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
        return creation.create(campaign);
    }

    /** Asks CXone to start the skill; the answer is 202 and the skill runs when {@code isRunning} says so. */
    @Override
    public CxoneAnswer<Void> activateCampaign(CampaignId id) {
        String skillId = SkillIds.of(id, AdminEndpoint.START_SKILL);
        URI apiBase = transport.apiBase.get();
        AdminReply reply = transport.executor.call(AdminEndpoint.START_SKILL,
                authorization -> transport.skills.start(apiBase, authorization, skillId));
        started.asked(skillId);
        return CxoneAnswer.of(reply.status());
    }
}
