package io.cxonebatch.adapters.cxone.internal.admin;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.net.URI;
import tools.jackson.databind.JsonNode;

/**
 * Skills, the Admin API's dialing unit (cxone-admin-api.md §2). Every method takes the discovered API host and the
 * {@code Authorization} value to send; answers stay JSON trees, since their shapes vary (§2.2, §2.3).
 */
@Headers({"Accept: application/json", "Authorization: {authorization}"})
interface SkillClient {

    @AdminOperation(AdminEndpoint.LOAD_SKILL)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/skills/{skillId}")
    JsonNode load(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId);

    @AdminOperation(AdminEndpoint.LIST_SKILLS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/skills?skip={skip}&top={top}")
    JsonNode list(URI apiBase, @Param("authorization") String authorization, @Param("skip") int skip, @Param("top") int top);

    @AdminOperation(AdminEndpoint.CREATE_SKILLS)
    @RequestLine("POST " + AdminEndpoint.Versions.V30 + "/skills")
    @Headers("Content-Type: application/json")
    AdminReply create(URI apiBase, @Param("authorization") String authorization, CreateSkillsRequest request);

    @AdminOperation(AdminEndpoint.START_SKILL)
    @RequestLine("POST " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/start")
    AdminReply start(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId);

    /** The block flat, as the document's GET answers it (§3.2). */
    @AdminOperation(AdminEndpoint.LOAD_GENERAL_SETTINGS)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/parameters/general-settings")
    JsonNode generalSettings(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId);

    @AdminOperation(AdminEndpoint.UPDATE_GENERAL_SETTINGS)
    @RequestLine("PUT " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/parameters/general-settings")
    @Headers("Content-Type: application/json")
    AdminReply updateGeneralSettings(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            GeneralSettingsRequest request);

    /** The block flat (§3.6); the document leaves the GET untyped, so it is kept as a tree. */
    @AdminOperation(AdminEndpoint.LOAD_DELIVERY_PREFERENCES)
    @RequestLine("GET " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/parameters/delivery-preferences")
    JsonNode deliveryPreferences(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId);

    @AdminOperation(AdminEndpoint.UPDATE_DELIVERY_PREFERENCES)
    @RequestLine("PUT " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/parameters/delivery-preferences")
    @Headers("Content-Type: application/json")
    AdminReply updateDeliveryPreferences(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            DeliveryPreferencesRequest request);

    @AdminOperation(AdminEndpoint.UPDATE_SCHEDULE_SETTINGS)
    @RequestLine("PUT " + AdminEndpoint.Versions.V30 + "/skills/{skillId}/parameters/schedule-settings")
    @Headers("Content-Type: application/json")
    AdminReply updateScheduleSettings(URI apiBase, @Param("authorization") String authorization, @Param("skillId") String skillId,
            ScheduleSettingsRequest request);
}
