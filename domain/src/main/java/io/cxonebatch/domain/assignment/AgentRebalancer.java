package io.cxonebatch.domain.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits a campaign's agents into a capacity, as when CXone answers a dispatch with 409 capacity exceeded: keeps
 * the agents with the highest {@link CapacityScore}, ties broken by user id (ascending), so the same roster and
 * capacity always give the same result.
 */
public final class AgentRebalancer {

    private final CapacityScore score;

    public AgentRebalancer(CapacityScore score) {
        this.score = Objects.requireNonNull(score, "score");
    }

    /**
     * @param capacity the most agents the campaign takes, at least 0
     */
    public Rebalance rebalance(List<RosterAssignment> agents, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity " + capacity + " cannot be negative");
        }
        if (agents.size() <= capacity) {
            return new Rebalance(agents, List.of());
        }
        List<RosterAssignment> ranked = new ArrayList<>(agents);
        ranked.sort(Comparator.comparingDouble((RosterAssignment agent) -> score.of(agent)).reversed()
                .thenComparing(RosterAssignment::userId));
        Map<RosterAssignment, Boolean> keep = new IdentityHashMap<>();
        for (RosterAssignment agent : ranked.subList(0, capacity)) {
            keep.put(agent, Boolean.TRUE);
        }
        List<RosterAssignment> kept = new ArrayList<>(capacity);
        List<RosterAssignment> dropped = new ArrayList<>(agents.size() - capacity);
        for (RosterAssignment agent : agents) {
            (keep.containsKey(agent) ? kept : dropped).add(agent);
        }
        return new Rebalance(kept, dropped);
    }
}
