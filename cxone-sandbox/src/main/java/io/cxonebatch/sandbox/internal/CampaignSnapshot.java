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

    /**
     * The campaign as {@code GET /api/v2/campaigns/{id}} answers: its creation fields, {@code status} and the
     * integer {@code version}. Never {@code targetListId}: the contract reports that only in the listing, so a
     * client reading it here would rely on something a real tenant need not send.
     */
    public ObjectNode toByIdJson() {
        ObjectNode json = withIdentity();
        json.put("version", version);
        json.remove("targetListId");
        return json;
    }

    /**
     * The campaign as an entity of {@code GET /api/v2/campaigns?page&limit}: its creation fields and {@code status},
     * plus {@code targetListId} when it has a dialer rule. No {@code version}: the contract promises it by id only.
     */
    public ObjectNode toListEntityJson() {
        ObjectNode json = withIdentity();
        json.remove("version");
        if (targetListId != null) {
            json.put("targetListId", targetListId);
        } else {
            json.remove("targetListId");
        }
        return json;
    }

    /** A copy of the creation fields with the sandbox's own id, name, type and status over whatever the body said. */
    private ObjectNode withIdentity() {
        ObjectNode json = created.deepCopy();
        json.put("id", id);
        json.put("name", name);
        json.put("type", type);
        json.put("status", status.name());
        return json;
    }

    public SandboxCampaign toInspection() {
        return new SandboxCampaign(id, name, type, status.name(), version, targetListId, Json.toMap(created), Json.toMap(settings));
    }
}
