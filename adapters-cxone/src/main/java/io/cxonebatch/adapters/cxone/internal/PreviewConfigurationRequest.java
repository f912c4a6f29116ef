package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The preview-configuration form of {@code PUT /api/v2/outbound/campaigns/{id}}. */
record PreviewConfigurationRequest(
        String name,
        String type,
        List<ContactList> contactLists,
        DialingRules dialingRules,
        List<AgentDirective> agentDirectives,
        PreviewMode previewSettings) {

    record ContactList(String id, String type) {
    }

    record DialingRules(String strategy, int maxAttempts, boolean callbackEnabled) {
    }

    record AgentDirective(@Nullable String queueId, String skillRequirement, int agentCount) {
    }

    record PreviewMode(String previewDialingMode, boolean agentPromptEnabled) {
    }
}
