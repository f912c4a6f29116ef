package io.cxonebatch.domain.assignment;

import static io.cxonebatch.domain.assignment.RosterEntryFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.domain.pacing.EngineLimits;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentRebalancerTest {

    private static final CapacityScore TEN_PER_HOUR = new CapacityScore(10);

    private final RosterValidator validator = new RosterValidator(EngineLimits.defaults());
    private final AgentRebalancer rebalancer = new AgentRebalancer(TEN_PER_HOUR);

    private RosterAssignment agentWithRate(String userId, String recentRate) {
        return validator.validate(agent(userId).with("recent_call_rate", recentRate).build(),
                Set.of(ZoneId.of("America/New_York"))).valueOrThrow();
    }

    private static List<String> ids(List<RosterAssignment> agents) {
        return agents.stream().map(RosterAssignment::userId).toList();
    }

    @Test
    void capacityScoreIsTheShareOfTheTargetRateLeft() {
        assertThat(TEN_PER_HOUR.of(0)).isEqualTo(1.0);
        assertThat(TEN_PER_HOUR.of(4)).isEqualTo(0.6);
        assertThat(TEN_PER_HOUR.of(10)).isEqualTo(0.0);
    }

    @Test
    void capacityScoreIsFlooredAtZero() {
        assertThat(TEN_PER_HOUR.of(25)).isEqualTo(0.0);
    }

    @Test
    void capacityScoreNeedsAPositiveTarget() {
        assertThatThrownBy(() -> new CapacityScore(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
    }

    @Test
    void keepsTheAgentsWithTheMostCapacityAndReportsWhoWasDropped() {
        List<RosterAssignment> roster = List.of(agentWithRate("busy", "9"), agentWithRate("idle", "0"),
                agentWithRate("half", "5"), agentWithRate("overloaded", "30"));

        Rebalance result = rebalancer.rebalance(roster, 2);

        assertThat(ids(result.kept())).containsExactly("idle", "half");
        assertThat(ids(result.dropped())).containsExactly("busy", "overloaded");
        assertThat(result.droppedAny()).isTrue();
    }

    @Test
    void breaksTiesByUserIdWhateverTheRosterOrder() {
        List<RosterAssignment> roster = List.of(agentWithRate("carol", "2"), agentWithRate("alice", "2"),
                agentWithRate("bob", "2"));

        assertThat(ids(rebalancer.rebalance(roster, 2).kept())).containsExactly("alice", "bob");
        assertThat(ids(rebalancer.rebalance(List.of(roster.get(2), roster.get(0), roster.get(1)), 2).kept()))
                .containsExactly("bob", "alice");
    }

    @Test
    void treatsAMissingRecentRateAsNoCalls() {
        RosterAssignment unknown = validator.validate(agent("zed").build(), Set.of(ZoneId.of("America/New_York"))).valueOrThrow();

        assertThat(ids(rebalancer.rebalance(List.of(agentWithRate("amy", "1"), unknown), 1).kept())).containsExactly("zed");
    }

    @Test
    void keepsEveryoneWhenTheRosterFits() {
        List<RosterAssignment> roster = List.of(agentWithRate("a", "1"), agentWithRate("b", "2"));

        Rebalance result = rebalancer.rebalance(roster, 2);

        assertThat(result.kept()).isEqualTo(roster);
        assertThat(result.droppedAny()).isFalse();
    }

    @Test
    void refusesANegativeCapacity() {
        assertThatThrownBy(() -> rebalancer.rebalance(List.of(), -1)).hasMessageContaining("-1");
    }
}
