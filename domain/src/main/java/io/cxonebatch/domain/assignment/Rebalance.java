package io.cxonebatch.domain.assignment;

import java.util.List;

/**
 * The outcome of fitting a campaign's agents into its capacity. Both lists keep the roster's order.
 *
 * @param kept the agents to dispatch
 * @param dropped the agents left out, to report
 */
public record Rebalance(List<RosterAssignment> kept, List<RosterAssignment> dropped) {

    public Rebalance {
        kept = List.copyOf(kept);
        dropped = List.copyOf(dropped);
    }

    public boolean droppedAny() {
        return !dropped.isEmpty();
    }
}
