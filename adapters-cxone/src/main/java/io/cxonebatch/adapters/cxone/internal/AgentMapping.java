package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.domain.assignment.AgentAssignment;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Agent assignments to the agents body; availability windows are {@code HH:mm} in the agent's zone. */
final class AgentMapping {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private AgentMapping() {
    }

    static AgentsRequest toRequest(List<AgentAssignment> assignments) {
        return new AgentsRequest(assignments.stream().map(AgentMapping::agent).toList());
    }

    private static AgentsRequest.Agent agent(AgentAssignment assignment) {
        return new AgentsRequest.Agent(
                assignment.userId(),
                assignment.skills().stream().sorted().toList(),
                new AgentsRequest.AvailabilityWindow(
                        assignment.windowStart().format(HOURS_MINUTES),
                        assignment.windowEnd().format(HOURS_MINUTES),
                        assignment.zone().getId()),
                assignment.maxConcurrentCalls());
    }
}
