package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The campaign reads over the Admin API, where the dialing campaign is an outbound skill (cxone-admin-api.md §2): a
 * skill by id, and the listing of outbound skills a page at a time.
 */
public final class AdminCampaignAdapter implements LoadCampaignPort, ListCampaignsPort {

    private final AdminTransport transport;

    AdminCampaignAdapter(AdminTransport transport) {
        this.transport = transport;
    }

    /** Asks the access-key token endpoint for a token, now: CXone answers and takes the key, or this throws. */
    public void checkTokenEndpoint() {
        transport.executor.checkTokenEndpoint();
    }

    /** @throws CxoneRejectedException with status 0 when the id is no skill id (a whole number); nothing is sent */
    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        String skillId = id.value().strip();
        if (skillId.isEmpty() || skillId.length() > 18 || !skillId.chars().allMatch(Character::isDigit)) {
            throw new CxoneRejectedException(AdminEndpoint.LOAD_SKILL.operation(), 0,
                    "'" + id.value() + "' is no skill id: Admin skill ids are whole numbers", null);
        }
        URI apiBase = transport.apiBase.get();
        JsonNode answer = transport.executor.call(AdminEndpoint.LOAD_SKILL,
                authorization -> transport.skills.load(apiBase, authorization, skillId));
        RemoteCampaign skill = answer == null ? null : SkillMapping.loaded(answer, id);
        if (skill == null) {
            throw new CxoneUnavailableException(AdminEndpoint.LOAD_SKILL.operation(), 200, "response lacks the skill", null);
        }
        return skill;
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
                campaigns.add(campaign);
            }
        }
        return new Page<>(campaigns, page.next());
    }
}
