package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.campaign.CampaignId;

/** Campaign ids as skill ids: Admin skill ids are whole numbers, so anything else is refused before it is sent. */
final class SkillIds {

    private SkillIds() {
    }

    /** @throws CxoneRejectedException with status 0 when the id is no skill id; nothing is sent */
    static String of(CampaignId id, AdminEndpoint endpoint) {
        String skillId = id.value().strip();
        if (skillId.isEmpty() || skillId.length() > 18 || !skillId.chars().allMatch(Character::isDigit)) {
            throw new CxoneRejectedException(endpoint.operation(), 0,
                    "'" + id.value() + "' is no skill id: Admin skill ids are whole numbers", null);
        }
        return skillId;
    }
}
