package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.StateSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the Admin dialect remembers: skills with their settings and agents, call lists and upload jobs, changes to
 * DNC groups. One monitor (this object) guards all of it; the dialect is far from the contract's hot path. Saved
 * under the {@code admin} key of the sandbox's state file; ids never repeat, not even after a reset.
 */
final class AdminState implements StateSection {

    static final int FIRST_SKILL_ID = 24_000_001;
    /** When seeded lists were created: 2024-01-01T00:00:00Z. */
    private static final long SEEDED_AT_MILLIS = 1_704_067_200_000L;

    private final AdminConfig config;
    private final Runnable touch;
    final TreeMap<Integer, SkillRecord> skills = new TreeMap<>();
    final Map<String, Integer> creationAttempts = new LinkedHashMap<>();
    final TreeMap<Integer, CallList> callLists = new TreeMap<>();
    final TreeMap<Long, UploadJob> jobs = new TreeMap<>();
    final TreeMap<Integer, DncGroup> dncGroups = new TreeMap<>();
    private int skillSeq = FIRST_SKILL_ID - 1;
    private int listSeq;
    private long jobSeq;

    /** @param touch marks the sandbox's state changed, for the state file */
    AdminState(AdminConfig config, Runnable touch) {
        this.config = config;
        this.touch = touch;
        seed();
    }

    /** A call list: a definition with either generated records ({@code seededSize}) or uploaded ones. */
    static final class CallList {
        public int listId;
        public String name = "";
        public String externalIdColumn = "";
        public ArrayNode destinationMappings = Json.array();
        public long seededSize;
        public List<ObjectNode> records = new ArrayList<>();
        public int invalidRecords;
        public long createdAtMillis;
        public long uploadedAtMillis;
        public List<Integer> skillIds = new ArrayList<>();
    }

    /** An upload, complete once {@code dueAtMillis} has passed; its rows reach the list then. */
    static final class UploadJob {
        public long seq;
        public int listId;
        public int skillId;
        public boolean forceOverwrite;
        public long submittedAtMillis;
        public long dueAtMillis;
        public boolean applied;
        public List<ObjectNode> rows = new ArrayList<>();
        public int invalidRows;

        String jobId() {
            return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", 0x5a4d0000L, seq);
        }
    }

    /** A DNC group: generated records of a seeded group, plus the numbers added and expired through the API. */
    static final class DncGroup {
        public int groupId;
        public String name = "";
        public String description = "";
        public long seededSize;
        /** Added numbers (digits) and their expiry date or "". */
        public Map<String, String> added = new LinkedHashMap<>();
        public List<String> expired = new ArrayList<>();
    }

    synchronized int nextSkillId() {
        return ++skillSeq;
    }

    synchronized int nextListId() {
        return ++listSeq;
    }

    synchronized long nextJobSeq() {
        return ++jobSeq;
    }

    void touch() {
        touch.run();
    }

    synchronized Optional<SkillRecord> skillNamed(String name) {
        return skills.values().stream().filter(skill -> skill.name.equalsIgnoreCase(name)).findFirst();
    }

    /** Applies every upload job that is due, in submission order. */
    synchronized void settleJobs(long now) {
        for (UploadJob job : jobs.values()) {
            if (!job.applied && job.dueAtMillis <= now) {
                CallList list = callLists.get(job.listId);
                if (list != null) {
                    if (job.forceOverwrite) {
                        list.records.clear();
                        list.invalidRecords = 0;
                    }
                    list.records.addAll(job.rows);
                    list.invalidRecords += job.invalidRows;
                    list.uploadedAtMillis = job.dueAtMillis;
                    if (job.skillId > 0 && !list.skillIds.contains(job.skillId)) {
                        list.skillIds.add(job.skillId);
                    }
                }
                job.applied = true;
                touch();
            }
        }
    }

    private void seed() {
        for (AdminConfig.SeededCallList seeded : config.callLists().isEmpty() ? AdminConfig.DEFAULT_CALL_LISTS : config.callLists()) {
            CallList list = new CallList();
            list.listId = ++listSeq;
            list.name = seeded.name();
            list.externalIdColumn = "ExternalId";
            list.destinationMappings.addObject().put("fieldName", "PhoneNumber").put("fieldValue", "PhoneNumber");
            list.seededSize = seeded.size();
            list.createdAtMillis = SEEDED_AT_MILLIS;
            callLists.put(list.listId, list);
        }
        for (int g = 1; g <= config.dncGroups(); g++) {
            DncGroup group = new DncGroup();
            group.groupId = g;
            group.name = "DNC group " + g;
            group.description = "seeded";
            group.seededSize = config.dncRecordsPerGroup();
            dncGroups.put(g, group);
        }
    }

    @Override
    public synchronized void reset() {
        skills.clear();
        creationAttempts.clear();
        callLists.clear();
        jobs.clear();
        dncGroups.clear();
        int lists = listSeq;
        seed();
        listSeq = Math.max(lists, listSeq);
    }

    @Override
    public synchronized ObjectNode toStateJson() {
        ObjectNode json = Json.object();
        json.putObject("sequences").put("skill", skillSeq).put("list", listSeq).put("job", jobSeq);
        ArrayNode skillArray = json.putArray("skills");
        skills.values().forEach(skill -> skillArray.add(skill.toStateJson()));
        json.set("creationAttempts", Json.MAPPER.valueToTree(creationAttempts));
        json.set("callLists", Json.MAPPER.valueToTree(callLists.values()));
        json.set("jobs", Json.MAPPER.valueToTree(jobs.values()));
        json.set("dncGroups", Json.MAPPER.valueToTree(dncGroups.values()));
        return json;
    }

    @Override
    public synchronized void restore(JsonNode json) {
        reset();
        if (json.isMissingNode()) {
            return;
        }
        for (JsonNode node : json.required("skills").values()) {
            SkillRecord skill = SkillRecord.fromStateJson(node);
            skills.put(skill.skillId, skill);
        }
        json.path("creationAttempts").properties().forEach(entry -> creationAttempts.put(entry.getKey(), entry.getValue().asInt()));
        callLists.clear();
        for (JsonNode node : json.required("callLists").values()) {
            CallList list = Json.MAPPER.treeToValue(node, CallList.class);
            callLists.put(list.listId, list);
        }
        for (JsonNode node : json.required("jobs").values()) {
            UploadJob job = Json.MAPPER.treeToValue(node, UploadJob.class);
            jobs.put(job.seq, job);
        }
        dncGroups.clear();
        for (JsonNode node : json.required("dncGroups").values()) {
            DncGroup group = Json.MAPPER.treeToValue(node, DncGroup.class);
            dncGroups.put(group.groupId, group);
        }
        JsonNode sequences = json.required("sequences");
        skillSeq = Math.max(sequences.path("skill").asInt(), skills.isEmpty() ? FIRST_SKILL_ID - 1 : skills.lastKey());
        listSeq = Math.max(sequences.path("list").asInt(), callLists.isEmpty() ? 0 : callLists.lastKey());
        jobSeq = sequences.path("job").asLong();
    }
}
