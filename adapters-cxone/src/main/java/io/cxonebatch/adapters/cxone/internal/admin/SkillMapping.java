package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Skills as the campaign ports see them. What the Admin API does not say stays unknown: the type (its only
 * {@code outboundStrategy} is "Personal Connection", with no predictive, progressive or preview value to map;
 * cxone-admin-api.md §2.1, §10), the window (it lives in the schedule settings, §3.4), the queue and target list
 * (no such fields on a skill), and the version (nothing versions a skill, §9.4).
 */
final class SkillMapping {

    private SkillMapping() {
    }

    /**
     * The skill of a {@code GET /skills/{id}} answer, flat or wrapped in {@code skills[0]} (§2.2).
     *
     * @param asked the id asked for, used when the answer omits it
     * @return null when the answer holds no skill
     */
    static @Nullable RemoteCampaign loaded(JsonNode answer, CampaignId asked) {
        JsonNode skill = answer;
        JsonNode wrapped = answer.get("skills");
        if (wrapped != null && wrapped.isArray()) {
            skill = wrapped.get(0);
        }
        if (skill == null || !skill.isObject()) {
            return null;
        }
        String id = AdminJson.text(skill, "skillId");
        return toRemote(skill, id != null ? id : asked.value());
    }

    /** A row of {@code GET /skills}; null unless it is an outbound skill with an id. */
    static @Nullable RemoteCampaign listedOutbound(JsonNode row) {
        String id = AdminJson.text(row, "skillId");
        return id != null && AdminJson.isTrue(row, "isOutbound") ? toRemote(row, id) : null;
    }

    // isRunning is missing unless the skill is dialing (§2.5); the Admin API knows no other state to map.
    private static RemoteCampaign toRemote(JsonNode skill, String id) {
        String name = AdminJson.text(skill, "skillName");
        CampaignStatus status = AdminJson.isTrue(skill, "isRunning") ? CampaignStatus.ACTIVE : CampaignStatus.DRAFT;
        return new RemoteCampaign(CampaignId.of(id), name == null ? "" : name, null, status, null, null, null, 0L);
    }
}
