package io.cxonebatch.sandbox;

/** One agent's assignment to an Admin-dialect skill. */
public record AdminSkillAgent(int agentId, int proficiency, boolean active) {
}
