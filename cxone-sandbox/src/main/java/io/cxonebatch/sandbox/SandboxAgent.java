package io.cxonebatch.sandbox;

import java.util.List;

/**
 * One agent of an assignment, as sent.
 *
 * @param windowStart {@code HH:mm}
 * @param windowEnd {@code HH:mm}
 */
public record SandboxAgent(
        String userId, List<String> skills, String windowStart, String windowEnd, String timezone, int maxConcurrentCalls) {

    public SandboxAgent {
        if (userId == null || windowStart == null || windowEnd == null || timezone == null) {
            throw new IllegalArgumentException("an agent needs a user id, a window and a time zone");
        }
        skills = List.copyOf(skills);
    }
}
