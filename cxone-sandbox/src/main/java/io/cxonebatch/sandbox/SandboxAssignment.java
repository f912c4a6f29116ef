package io.cxonebatch.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * The agents one accepted {@code PUT .../agents} assigned to a campaign. Each replaces the campaign's previous one
 * as its current assignment; the history of the inspection keeps them all.
 */
public record SandboxAssignment(String assignmentId, String campaignId, List<SandboxAgent> agents, Instant timestamp) {

    public SandboxAssignment {
        if (assignmentId == null || campaignId == null || timestamp == null) {
            throw new IllegalArgumentException("an assignment needs an id, a campaign and a timestamp");
        }
        agents = List.copyOf(agents);
    }
}
