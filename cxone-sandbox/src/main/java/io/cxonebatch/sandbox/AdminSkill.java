package io.cxonebatch.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A skill of the Admin dialect as the sandbox holds it.
 *
 * @param generalSettings the general-settings block as stored (flat, as {@code GET} answers it)
 * @param scheduleSettings the schedule block as stored
 * @param agents the agents assigned, by agent id
 */
public record AdminSkill(
        int skillId,
        String skillName,
        int mediaTypeId,
        int campaignId,
        boolean outbound,
        boolean active,
        boolean running,
        Map<String, Object> generalSettings,
        Map<String, Object> scheduleSettings,
        List<AdminSkillAgent> agents) {

    public AdminSkill {
        generalSettings = Map.copyOf(generalSettings);
        scheduleSettings = Map.copyOf(scheduleSettings);
        agents = List.copyOf(agents);
    }
}
