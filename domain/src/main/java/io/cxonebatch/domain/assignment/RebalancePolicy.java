package io.cxonebatch.domain.assignment;

/**
 * How far a dispatch CXone refused for capacity (409) is cut before it is sent again. The contract does not say
 * what the capacity is, so each retry keeps {@code step} fewer agents (at least one fewer) than the refused one, the
 * lowest {@link CapacityScore}s leaving first (see {@link AgentRebalancer}), at most {@code maxRebalances} times.
 *
 * @param step the share of the refused dispatch to leave out on each retry, in (0, 1)
 */
public record RebalancePolicy(int maxRebalances, double step) {

    public static final RebalancePolicy DEFAULT = new RebalancePolicy(10, 0.1);

    public RebalancePolicy {
        if (maxRebalances < 0) {
            throw new IllegalArgumentException("max rebalances " + maxRebalances + " cannot be negative");
        }
        if (!(step > 0 && step < 1)) {
            throw new IllegalArgumentException("rebalance step " + step + " must be a fraction in (0, 1)");
        }
    }

    /** The agents to send after a dispatch of {@code refused} agents was refused; 0 when none can be sent. */
    public int nextCapacity(int refused) {
        return Math.max(0, refused - Math.max(1, (int) Math.ceil(refused * step)));
    }
}
