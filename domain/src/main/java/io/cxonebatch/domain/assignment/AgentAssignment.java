package io.cxonebatch.domain.assignment;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * One agent directed to a preview campaign, with the hours, in the agent's zone, they are available. Build it
 * from a roster row with {@link RosterValidator}, which applies the roster rules; this record checks only what
 * any assignment must hold.
 *
 * @param windowEnd after {@code windowStart}; windows do not cross midnight
 * @param maxConcurrentCalls at least 1 (the roster allows 1 or 2)
 */
public record AgentAssignment(
        String userId, Set<String> skills, LocalTime windowStart, LocalTime windowEnd, ZoneId zone, int maxConcurrentCalls) {

    public AgentAssignment {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("assignment needs a user id");
        }
        if (skills == null || windowStart == null || windowEnd == null || zone == null) {
            throw new IllegalArgumentException("assignment of " + userId + " needs skills, a window and a zone");
        }
        skills = Set.copyOf(skills);
        if (!windowEnd.isAfter(windowStart)) {
            throw new IllegalArgumentException("assignment of " + userId + ": window end " + windowEnd
                    + " must be after start " + windowStart);
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("assignment of " + userId + ": max concurrent calls "
                    + maxConcurrentCalls + " must be at least 1");
        }
    }
}
