package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameter blocks of an outbound skill (cxone-admin-api.md §3): read flat, written wrapped in a key named after
 * the block, each PUT replacing the whole block. Nothing versions them; the last writer wins.
 */
final class SkillParameters {

    private final AdminTransport transport;

    SkillParameters(AdminTransport transport) {
        this.transport = transport;
    }

    /** The general-settings block as CXone holds it, flat (§3.2). */
    ObjectNode generalSettings(String skillId) {
        URI apiBase = transport.apiBase.get();
        JsonNode block = transport.executor.call(AdminEndpoint.LOAD_GENERAL_SETTINGS,
                authorization -> transport.skills.generalSettings(apiBase, authorization, skillId));
        if (block == null || !block.isObject()) {
            throw new CxoneUnavailableException(AdminEndpoint.LOAD_GENERAL_SETTINGS.operation(), 200, "response lacks the block", null);
        }
        return (ObjectNode) block;
    }

    /** Replaces the whole block with {@code block}: a field left out would go back to its default. */
    AdminReply replaceGeneralSettings(String skillId, ObjectNode block) {
        URI apiBase = transport.apiBase.get();
        GeneralSettingsRequest request = new GeneralSettingsRequest(block);
        return transport.executor.call(AdminEndpoint.UPDATE_GENERAL_SETTINGS,
                authorization -> transport.skills.updateGeneralSettings(apiBase, authorization, skillId, request));
    }

    /** The delivery-preferences block as CXone holds it, flat (§3.6). */
    ObjectNode deliveryPreferences(String skillId) {
        URI apiBase = transport.apiBase.get();
        JsonNode block = transport.executor.call(AdminEndpoint.LOAD_DELIVERY_PREFERENCES,
                authorization -> transport.skills.deliveryPreferences(apiBase, authorization, skillId));
        if (block == null || !block.isObject()) {
            throw new CxoneUnavailableException(AdminEndpoint.LOAD_DELIVERY_PREFERENCES.operation(), 200, "response lacks the block",
                    null);
        }
        return (ObjectNode) block;
    }

    /** Replaces the whole delivery-preferences block with {@code block}: a field left out would go back to its default. */
    AdminReply replaceDeliveryPreferences(String skillId, ObjectNode block) {
        URI apiBase = transport.apiBase.get();
        DeliveryPreferencesRequest request = new DeliveryPreferencesRequest(block);
        return transport.executor.call(AdminEndpoint.UPDATE_DELIVERY_PREFERENCES,
                authorization -> transport.skills.updateDeliveryPreferences(apiBase, authorization, skillId, request));
    }

    /** @throws io.cxonebatch.application.port.out.cxone.CxoneRejectedException when the window has no weekly form */
    AdminReply writeSchedule(String skillId, ScheduleWindow window) {
        ScheduleSettingsRequest request = new ScheduleSettingsRequest(WeeklySchedule.of(window, transport.scheduleZone()));
        URI apiBase = transport.apiBase.get();
        return transport.executor.call(AdminEndpoint.UPDATE_SCHEDULE_SETTINGS,
                authorization -> transport.skills.updateScheduleSettings(apiBase, authorization, skillId, request));
    }
}
