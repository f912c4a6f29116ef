package io.cxonebatch.sandbox.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One campaign's mutable state, guarded by its own monitor so that campaigns never wait for each other. An
 * activation resolves lazily: the first look after its due time moves ACTIVATING to its decided outcome.
 */
public final class CampaignRecord {

    private final long seq;
    private final String id;
    private final String name;
    private final String type;
    private final ObjectNode created;
    private CampaignStatus status;
    private long version;
    private long activationDueAt;
    private @Nullable CampaignStatus activationOutcome;
    private @Nullable String targetListId;
    private ObjectNode settings;

    public CampaignRecord(long seq, String id, String name, String type, ObjectNode created, CampaignStatus status) {
        this(seq, id, name, type, created, status, 1, 0, null, null, Json.object());
    }

    CampaignRecord(long seq, String id, String name, String type, ObjectNode created, CampaignStatus status, long version,
            long activationDueAt, @Nullable CampaignStatus activationOutcome, @Nullable String targetListId, ObjectNode settings) {
        this.seq = seq;
        this.id = id;
        this.name = name;
        this.type = type;
        this.created = created;
        this.status = status;
        this.version = version;
        this.activationDueAt = activationDueAt;
        this.activationOutcome = activationOutcome;
        this.targetListId = targetListId;
        this.settings = settings;
    }

    public String id() {
        return id;
    }

    public long seq() {
        return seq;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public synchronized CampaignSnapshot snapshot(long now) {
        resolve(now);
        return new CampaignSnapshot(seq, id, name, type, created, status, version, targetListId, settings);
    }

    public synchronized CampaignStatus status(long now) {
        resolve(now);
        return status;
    }

    /** Starts an activation from DRAFT or SCHEDULED; the caller has checked the state and the licence. */
    public synchronized void startActivation(long dueAt, CampaignStatus outcome) {
        if (status != CampaignStatus.DRAFT && status != CampaignStatus.SCHEDULED) {
            throw new IllegalStateException("campaign " + id + " is " + status + ", not DRAFT or SCHEDULED");
        }
        status = CampaignStatus.ACTIVATING;
        activationDueAt = dueAt;
        activationOutcome = outcome;
    }

    /**
     * Puts the campaign in {@code next} at once, whatever its status, and moves to the next version. An activation
     * still under way is dropped, so its due time can no longer move the campaign; set to ACTIVATING, the campaign
     * stays so until the next override.
     *
     * @return the new version
     */
    public synchronized long overrideStatus(CampaignStatus next) {
        status = next;
        activationDueAt = 0;
        activationOutcome = null;
        return ++version;
    }

    public synchronized void attachTargetList(String listId) {
        targetListId = listId;
    }

    /** Replaces the outbound settings and moves to the next version; the caller holds this record's monitor. */
    public synchronized long replaceSettings(ObjectNode newSettings) {
        settings = newSettings;
        return ++version;
    }

    /** The stored form, for the state file. */
    public synchronized ObjectNode toStateJson() {
        ObjectNode json = Json.object()
                .put("seq", seq)
                .put("id", id)
                .put("name", name)
                .put("type", type)
                .put("status", status.name())
                .put("version", version)
                .put("activationDueAt", activationDueAt)
                .put("activationOutcome", activationOutcome == null ? null : activationOutcome.name())
                .put("targetListId", targetListId);
        json.set("created", created);
        json.set("settings", settings);
        return json;
    }

    public static CampaignRecord fromStateJson(ObjectNode json) {
        String outcome = json.path("activationOutcome").asString(null);
        String target = json.path("targetListId").asString(null);
        return new CampaignRecord(
                json.required("seq").asLong(),
                json.required("id").asString(),
                json.required("name").asString(),
                json.required("type").asString(),
                (ObjectNode) json.required("created"),
                CampaignStatus.valueOf(json.required("status").asString()),
                json.required("version").asLong(),
                json.path("activationDueAt").asLong(0),
                outcome == null ? null : CampaignStatus.valueOf(outcome),
                target,
                (ObjectNode) json.required("settings"));
    }

    private void resolve(long now) {
        if (status == CampaignStatus.ACTIVATING && activationOutcome != null && now >= activationDueAt) {
            status = activationOutcome;
        }
    }
}
