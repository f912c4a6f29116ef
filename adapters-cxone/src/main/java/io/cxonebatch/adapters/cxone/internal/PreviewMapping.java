package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.domain.campaign.PreviewSettings;
import java.util.List;

/**
 * Preview settings to the preview-configuration form. What the domain does not choose is sent as the contract's
 * example has it: one attempt, no callbacks, manual preview with the agent prompt, skill {@code outbound_preview}.
 */
final class PreviewMapping {

    static final String SKILL_REQUIREMENT = "outbound_preview";

    private PreviewMapping() {
    }

    static PreviewConfigurationRequest toRequest(String name, PreviewSettings settings) {
        return new PreviewConfigurationRequest(
                name,
                "preview",
                List.of(new PreviewConfigurationRequest.ContactList(settings.contactListId(), "contactlist")),
                new PreviewConfigurationRequest.DialingRules("preview", 1, false),
                List.of(new PreviewConfigurationRequest.AgentDirective(settings.queueId(), SKILL_REQUIREMENT, settings.agentCount())),
                new PreviewConfigurationRequest.PreviewMode("manual", true));
    }
}
