package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxCampaign;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A campaign at one instant. The two JSON objects are shared with the record and never changed: copy before
 * changing them.
 *
 * @param created the body it was created with
 * @param settings the outbound-settings fields set by PUTs
 */
public record CampaignSnapshot(
        long seq,
        String id,
        String name,
        String type,
        ObjectNode created,
        CampaignStatus status,
        long version,
        @Nullable String targetListId,
        ObjectNode settings) {

    /** The campaign as {@code GET /api/v2/campaigns/{id}} answers: its creation fields plus what the sandbox adds. */
    public ObjectNode toCampaignJson() {
        ObjectNode json = created.deepCopy();
        json.put("id", id);
        json.put("name", name);
        json.put("type", type);
        json.put("status", status.name());
        json.put("version", version);
        if (targetListId != null) {
            json.put("targetListId", targetListId);
        } else {
            json.remove("targetListId");
        }
        return json;
    }

    public SandboxCampaign toInspection() {
        return new SandboxCampaign(id, name, type, status.name(), version, targetListId, Json.toMap(created), Json.toMap(settings));
    }
}
