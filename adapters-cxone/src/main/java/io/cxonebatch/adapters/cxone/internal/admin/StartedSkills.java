package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The skills whose start this process asked for and has not yet seen running (ADR 10): the Admin API has no status
 * but {@code isRunning}, so a skill between its start and its first run would read as a draft. Such a skill reads as
 * ACTIVATING; once seen running it is forgotten, so that a skill stopped later reads as not running again.
 */
final class StartedSkills {

    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    void asked(String skillId) {
        asked.add(skillId);
    }

    RemoteCampaign seen(RemoteCampaign skill) {
        String id = skill.id().value();
        if (skill.status() == CampaignStatus.ACTIVE) {
            asked.remove(id);
            return skill;
        }
        if (skill.status() == CampaignStatus.DRAFT && asked.contains(id)) {
            return new RemoteCampaign(skill.id(), skill.name(), skill.type(), CampaignStatus.ACTIVATING, skill.window(),
                    skill.queueId(), skill.targetListId(), skill.version());
        }
        return skill;
    }
}
