package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/**
 * The agents of a skill (cxone-admin-api.md §5.1), with the specification's wrapped body and string agent ids
 * (§5.3). None of the calls replaces the set: POST adds, PUT changes assigned agents, DELETE removes.
 */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface SkillAgentClient {

    @AdminOperation(AdminEndpoint.LIST_SKILL_AGENTS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/agents")
    JsonNode list(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId);

    @AdminOperation(AdminEndpoint.ADD_SKILL_AGENTS)
    @RequestLine("POST " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/agents")
    @Headers("Content-Type: application/json")
    AdminReply add(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            SkillAgentsRequest request);

    @AdminOperation(AdminEndpoint.UPDATE_SKILL_AGENTS)
    @RequestLine("PUT " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/agents")
    @Headers("Content-Type: application/json")
    AdminReply update(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            SkillAgentsRequest request);

    /** The body the generated client lost (§5.1): the same as the add's, naming the agents to remove. */
    @AdminOperation(AdminEndpoint.REMOVE_SKILL_AGENTS)
    @RequestLine("DELETE " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/agents")
    @Headers("Content-Type: application/json")
    AdminReply remove(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            SkillAgentsRequest request);
}
