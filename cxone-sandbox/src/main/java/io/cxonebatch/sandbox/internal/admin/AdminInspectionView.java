package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.AdminSkill;
import io.cxonebatch.sandbox.AdminSkillAgent;
import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.internal.Json;
import io.cxonebatch.sandbox.internal.RequestCounters;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AdminInspection} over the live Admin state. */
final class AdminInspectionView implements AdminInspection {

    private final AdminState state;
    private final RequestCounters counters;
    private final AccessTokens tokens;
    private final Clock clock;

    AdminInspectionView(AdminState state, RequestCounters counters, AccessTokens tokens, Clock clock) {
        this.state = state;
        this.counters = counters;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public List<AdminSkill> skills() {
        synchronized (state) {
            return state.skills.values().stream().map(AdminInspectionView::toInspection).toList();
        }
    }

    @Override
    public Optional<AdminSkill> skill(String skillName) {
        synchronized (state) {
            return state.skillNamed(skillName).map(AdminInspectionView::toInspection);
        }
    }

    @Override
    public Map<String, Integer> skillCreationAttempts() {
        synchronized (state) {
            return new LinkedHashMap<>(state.creationAttempts);
        }
    }

    @Override
    public long requestCount(String method, String pathTemplate) {
        return counters.count(method, pathTemplate);
    }

    @Override
    public long requestCount(String method, String pathTemplate, int status) {
        return counters.count(method, pathTemplate, status);
    }

    @Override
    public Map<RequestKey, Long> requestCounts() {
        return counters.snapshot();
    }

    @Override
    public long tokenRequests() {
        return tokens.requests();
    }

    @Override
    public long callListRecordCount(int listId) {
        synchronized (state) {
            state.settleJobs(clock.millis());
            AdminState.CallList list = state.callLists.get(listId);
            if (list == null) {
                throw new IllegalArgumentException("no call list " + listId);
            }
            return list.seededSize > 0 ? list.seededSize : list.records.size();
        }
    }

    @Override
    public long dncRecordCount(int groupId) {
        synchronized (state) {
            AdminState.DncGroup group = state.dncGroups.get(groupId);
            if (group == null) {
                throw new IllegalArgumentException("no DNC group " + groupId);
            }
            return DncEndpoints.count(group);
        }
    }

    private static AdminSkill toInspection(SkillRecord skill) {
        List<AdminSkillAgent> agents = skill.agents.values().stream()
                .map(agent -> new AdminSkillAgent(agent.agentId(), agent.proficiency(), agent.active())).toList();
        return new AdminSkill(skill.skillId, skill.name, skill.mediaTypeId, skill.campaignId, skill.outbound, skill.active,
                skill.running, Json.toMap(skill.generalSettings), Json.toMap(skill.scheduleSettings),
                Json.toMap(skill.deliveryPreferences), agents);
    }
}
