package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What turns a skill's assigned agents into the wanted ones, since no Admin call replaces the set (cxone-admin-api.md
 * §5.1, §10; ADR 10): agents to add, assigned agents to change, assigned agents to remove. A wanted agent is active;
 * the roster gives no proficiency, so an added agent gets the document's default of 10 and an assigned one keeps its
 * own: a proficiency alone never makes a change, and only an inactive assignment is changed, to active.
 */
record SkillAgentDiff(List<String> added, List<String> activated, List<String> removed) {

    /** The proficiency of an added agent: the default the document gives ([MCP]: 1-20, lower is better, default 10). */
    static final int DEFAULT_PROFICIENCY = 10;

    SkillAgentDiff {
        added = List.copyOf(added);
        activated = List.copyOf(activated);
        removed = List.copyOf(removed);
    }

    /** @param assigned each assigned agent's id and whether the assignment is active, as CXone listed them */
    static SkillAgentDiff of(Map<String, Boolean> assigned, Set<String> wanted) {
        List<String> added = new ArrayList<>();
        List<String> activated = new ArrayList<>();
        for (String agentId : wanted) {
            Boolean active = assigned.get(agentId);
            if (active == null) {
                added.add(agentId);
            } else if (!active) {
                activated.add(agentId);
            }
        }
        List<String> removed = assigned.keySet().stream().filter(agentId -> !wanted.contains(agentId)).toList();
        return new SkillAgentDiff(added, activated, removed);
    }

    int size() {
        return added.size() + activated.size() + removed.size();
    }
}
