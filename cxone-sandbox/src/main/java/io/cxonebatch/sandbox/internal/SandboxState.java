package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.SandboxAssignment;
import io.cxonebatch.sandbox.SandboxDialerRule;
import io.cxonebatch.sandbox.SandboxWebhook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the sandbox remembers between requests. Concurrent maps and per-campaign monitors keep the hot path
 * free of global locks; only preview activations share one monitor, because they compete for licences.
 * Sequences never go back, not even on {@link #reset()}, so an id is never given twice.
 */
public final class SandboxState {

    private static final int FORMAT = 1;

    private final ConcurrentSkipListMap<Long, CampaignRecord> campaignsBySeq = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, CampaignRecord> campaignsById = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> campaignIdsByName = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, SandboxDialerRule> rules = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, SandboxWebhook> webhooks = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, SandboxAssignment> assignments = new ConcurrentHashMap<>();
    /** Every accepted assignment by the sequence of its id, the replaced ones included. */
    private final ConcurrentSkipListMap<Long, SandboxAssignment> assignmentHistory = new ConcurrentSkipListMap<>();
    private final AtomicLong campaignSeq = new AtomicLong();
    private final AtomicLong ruleSeq = new AtomicLong();
    private final AtomicLong webhookSeq = new AtomicLong();
    private final AtomicLong assignmentSeq = new AtomicLong();
    private final AtomicLong modifications = new AtomicLong();
    private final Object previewLicences = new Object();
    private final Map<String, StateSection> sections = new LinkedHashMap<>();

    /** Saves, restores and resets {@code section} with this state, under {@code key}; call before the state file opens. */
    public void addSection(String key, StateSection section) {
        sections.put(key, section);
    }

    public long nextCampaignSeq() {
        return campaignSeq.incrementAndGet();
    }

    public String nextRuleId() {
        return "rule_" + pad(ruleSeq.incrementAndGet());
    }

    public String nextWebhookId() {
        return "wh_" + pad(webhookSeq.incrementAndGet());
    }

    public String nextAssignmentId() {
        return "asg_" + pad(assignmentSeq.incrementAndGet());
    }

    public static String campaignId(long seq) {
        return "camp_" + pad(seq);
    }

    /**
     * Claims a name for a campaign id.
     *
     * @return the id already holding the name, or empty when this id now holds it
     */
    public Optional<String> claimName(String name, String id) {
        return Optional.ofNullable(campaignIdsByName.putIfAbsent(name, id));
    }

    public void addCampaign(CampaignRecord campaign) {
        campaignsById.put(campaign.id(), campaign);
        campaignsBySeq.put(campaign.seq(), campaign);
        touch();
    }

    /**
     * Forgets a campaign: its record (status, version, settings, target list), its name, which a new campaign may
     * then take, and its current assignment. Its dialer rules and assignment history stay, as records of what
     * clients did. Runs under the campaign's monitor, so an assignment being stored for it either lands before and
     * goes with it, or finds it gone ({@link #isCurrent}).
     *
     * @return false when no campaign has this id, deleted already included
     */
    public boolean removeCampaign(String id) {
        CampaignRecord campaign = campaignsById.get(id);
        if (campaign == null) {
            return false;
        }
        synchronized (campaign) {
            if (!campaignsById.remove(id, campaign)) {
                return false;
            }
            campaignsBySeq.remove(campaign.seq(), campaign);
            campaignIdsByName.remove(campaign.name(), id);
            assignments.remove(id);
            touch();
        }
        return true;
    }

    /** Whether {@code campaign} is still the one its id names, that is, not deleted; hold its monitor to keep it so. */
    public boolean isCurrent(CampaignRecord campaign) {
        return campaignsById.get(campaign.id()) == campaign;
    }

    public Optional<CampaignRecord> campaign(String id) {
        return Optional.ofNullable(campaignsById.get(id));
    }

    /** In creation order. */
    public List<CampaignRecord> campaigns() {
        return List.copyOf(campaignsBySeq.values());
    }

    public int campaignCount() {
        return campaignsBySeq.size();
    }

    public void addRule(SandboxDialerRule rule) {
        rules.put(sequenceOf(rule.id()), rule);
        touch();
    }

    public List<SandboxDialerRule> rules() {
        return List.copyOf(rules.values());
    }

    public void addWebhook(SandboxWebhook webhook) {
        webhooks.put(sequenceOf(webhook.id()), webhook);
        touch();
    }

    public List<SandboxWebhook> webhooks() {
        return List.copyOf(webhooks.values());
    }

    /** Makes {@code assignment} its campaign's current one and adds it to the history. */
    public void putAssignment(SandboxAssignment assignment) {
        assignmentHistory.put(sequenceOf(assignment.assignmentId()), assignment);
        assignments.put(assignment.campaignId(), assignment);
        touch();
    }

    /** Every accepted assignment, in the order of their ids. */
    public List<SandboxAssignment> assignmentHistory() {
        return List.copyOf(assignmentHistory.values());
    }

    public Map<String, SandboxAssignment> assignments() {
        return Map.copyOf(assignments);
    }

    public Optional<SandboxAssignment> assignment(String campaignId) {
        return Optional.ofNullable(assignments.get(campaignId));
    }

    /** The monitor preview activations hold while they count licences and activate. */
    public Object previewLicences() {
        return previewLicences;
    }

    /** Marks the state changed, for the state file. */
    public void touch() {
        modifications.incrementAndGet();
    }

    public long modifications() {
        return modifications.get();
    }

    /** Forgets campaigns, rules, webhooks and assignments (with their history); sequences continue. */
    public void reset() {
        campaignsBySeq.clear();
        campaignsById.clear();
        campaignIdsByName.clear();
        rules.clear();
        webhooks.clear();
        assignments.clear();
        assignmentHistory.clear();
        sections.values().forEach(StateSection::reset);
        touch();
    }

    public ObjectNode toStateJson() {
        ObjectNode json = Json.object().put("format", FORMAT);
        json.putObject("sequences")
                .put("campaign", campaignSeq.get())
                .put("rule", ruleSeq.get())
                .put("webhook", webhookSeq.get())
                .put("assignment", assignmentSeq.get());
        ArrayNode campaignArray = json.putArray("campaigns");
        campaignsBySeq.values().forEach(campaign -> campaignArray.add(campaign.toStateJson()));
        json.set("dialerRules", Json.MAPPER.valueToTree(rules()));
        json.set("webhooks", Json.MAPPER.valueToTree(webhooks()));
        json.set("assignments", Json.MAPPER.valueToTree(List.copyOf(assignments.values())));
        json.set("assignmentHistory", Json.MAPPER.valueToTree(assignmentHistory()));
        sections.forEach((key, section) -> json.set(key, section.toStateJson()));
        return json;
    }

    /**
     * Replaces this state with a stored one. A state without {@code assignmentHistory} (saved before the history
     * was kept) starts the history with its current assignments, each of which was accepted once. Each section
     * restores its own key, or starts afresh from a file saved without it.
     */
    public void restore(JsonNode json) {
        int format = json.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IllegalArgumentException("state format " + format + " is not supported; expected " + FORMAT);
        }
        reset();
        JsonNode sequences = json.required("sequences");
        campaignSeq.set(sequences.path("campaign").asLong());
        ruleSeq.set(sequences.path("rule").asLong());
        webhookSeq.set(sequences.path("webhook").asLong());
        assignmentSeq.set(sequences.path("assignment").asLong());
        for (JsonNode node : json.required("campaigns").values()) {
            CampaignRecord campaign = CampaignRecord.fromStateJson((ObjectNode) node);
            campaignIdsByName.putIfAbsent(campaign.name(), campaign.id());
            addCampaign(campaign);
        }
        for (JsonNode node : json.required("dialerRules").values()) {
            addRule(Json.MAPPER.treeToValue(node, SandboxDialerRule.class));
        }
        for (JsonNode node : json.required("webhooks").values()) {
            addWebhook(Json.MAPPER.treeToValue(node, SandboxWebhook.class));
        }
        for (JsonNode node : json.path("assignmentHistory").values()) {
            SandboxAssignment assignment = Json.MAPPER.treeToValue(node, SandboxAssignment.class);
            assignmentHistory.put(sequenceOf(assignment.assignmentId()), assignment);
        }
        for (JsonNode node : json.required("assignments").values()) {
            putAssignment(Json.MAPPER.treeToValue(node, SandboxAssignment.class));
        }
        sections.forEach((key, section) -> section.restore(json.path(key)));
    }

    private static String pad(long seq) {
        return String.format("%06d", seq);
    }

    private static long sequenceOf(String id) {
        return Long.parseLong(id.substring(id.indexOf('_') + 1));
    }
}
