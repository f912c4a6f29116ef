package io.cxonebatch.sandbox;

import java.util.List;
import java.util.Map;

/**
 * A skill of the Admin dialect as the sandbox holds it.
 *
 * @param generalSettings the general-settings block as stored (flat, as {@code GET} answers it)
 * @param scheduleSettings the schedule block as stored
 * @param deliveryPreferences the delivery-preferences block as stored (flat, as {@code GET} answers it)
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
        Map<String, Object> deliveryPreferences,
        List<AdminSkillAgent> agents) {

    public AdminSkill {
        generalSettings = Map.copyOf(generalSettings);
        scheduleSettings = Map.copyOf(scheduleSettings);
        deliveryPreferences = Map.copyOf(deliveryPreferences);
        agents = List.copyOf(agents);
    }
}
