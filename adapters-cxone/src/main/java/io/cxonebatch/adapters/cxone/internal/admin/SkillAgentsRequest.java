package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code {"agents":[{"agentId":"1001","proficiency":10,"isActive":true}]}}; null fields are left out. */
record SkillAgentsRequest(List<Agent> agents) {

    SkillAgentsRequest {
        agents = List.copyOf(agents);
    }

    /**
     * @param agentId a string, as the specification types it
     * @param proficiency null to leave the assignment's as it is
     */
    record Agent(String agentId, @Nullable Integer proficiency, @Nullable Boolean isActive) {
    }
}
