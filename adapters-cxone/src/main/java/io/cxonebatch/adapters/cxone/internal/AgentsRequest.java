package io.cxonebatch.adapters.cxone.internal;

import java.util.List;

/** Body of {@code PUT /api/v2/outbound/campaigns/{id}/agents}; window times are {@code HH:mm} in {@code timezone}. */
record AgentsRequest(List<Agent> agents) {

    record Agent(String userId, List<String> skills, AvailabilityWindow availabilityWindow, int maxConcurrentCalls) {
    }

    record AvailabilityWindow(String start, String end, String timezone) {
    }
}
