package io.cxonebatch.domain.assignment;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** One agent directed to a preview campaign, with the hours, in the agent's zone, they are available. */
public record AgentAssignment(
        String userId, Set<String> skills, LocalTime windowStart, LocalTime windowEnd, ZoneId zone, int maxConcurrentCalls) {

    public AgentAssignment {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("assignment needs a user id");
        }
        skills = Set.copyOf(skills);
    }
}
