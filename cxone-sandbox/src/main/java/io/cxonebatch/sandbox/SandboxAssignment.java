package io.cxonebatch.sandbox;

import java.time.Instant;
import java.util.List;

/** The agents currently assigned to one campaign; each accepted {@code PUT .../agents} replaces the previous one. */
public record SandboxAssignment(String assignmentId, String campaignId, List<SandboxAgent> agents, Instant timestamp) {

    public SandboxAssignment {
        if (assignmentId == null || campaignId == null || timestamp == null) {
            throw new IllegalArgumentException("an assignment needs an id, a campaign and a timestamp");
        }
        agents = List.copyOf(agents);
    }
}
