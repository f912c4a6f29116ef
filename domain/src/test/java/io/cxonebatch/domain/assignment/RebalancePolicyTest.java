package io.cxonebatch.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RebalancePolicyTest {

    @Test
    void eachRetryLeavesOutAStepOfTheRefusedDispatchAndAtLeastOneAgent() {
        RebalancePolicy policy = RebalancePolicy.DEFAULT;

        assertThat(policy.nextCapacity(60)).isEqualTo(54);
        assertThat(policy.nextCapacity(54)).isEqualTo(48);
        assertThat(policy.nextCapacity(5)).isEqualTo(4);
        assertThat(policy.nextCapacity(1)).isZero();
    }

    @Test
    void refusesAStepThatCannotShrinkOrEmptiesAtOnce() {
        assertThatThrownBy(() -> new RebalancePolicy(3, 0)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> new RebalancePolicy(3, 1)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> new RebalancePolicy(-1, 0.1)).hasMessageContaining("negative");
    }
}
