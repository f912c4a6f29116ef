package io.cxonebatch.application.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ActivationPolicyTest {

    private static final Sleeper NO_WAIT = duration -> { };

    @Test
    void withBudgetPollsAfter200MillisDoublingUpToFiveSecondsOnTheCallingThread() {
        ActivationPolicy policy = ActivationPolicy.withBudget(Duration.ofSeconds(45));

        assertThat(policy.budget()).isEqualTo(Duration.ofSeconds(45));
        assertThat(policy.firstPollDelay()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.maxPollDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.sleeper()).isSameAs(Sleeper.THREAD);
    }

    @Test
    void acceptsAZeroBudgetAndAFirstDelayEqualToTheMaximum() {
        ActivationPolicy policy = new ActivationPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), NO_WAIT);

        assertThat(policy.budget()).isZero();
    }

    @Test
    void rejectsANegativeBudget() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ActivationPolicy.withBudget(Duration.ofSeconds(-1)))
                .withMessageContaining("PT-1S").withMessageContaining("negative");
    }

    @Test
    void rejectsAFirstPollDelayThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivationPolicy(Duration.ofSeconds(5), Duration.ZERO, Duration.ofSeconds(5), NO_WAIT))
                .withMessageContaining("first poll delay PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivationPolicy(Duration.ofSeconds(5), Duration.ofMillis(-1), Duration.ofSeconds(5), NO_WAIT))
                .withMessageContaining("first poll delay");
    }

    @Test
    void rejectsAMaximumPollDelayThatIsNotPositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivationPolicy(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ZERO, NO_WAIT))
                .withMessageContaining("maximum poll delay PT0S");
    }

    @Test
    void rejectsAFirstPollDelayAboveTheMaximum() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivationPolicy(Duration.ofSeconds(5), Duration.ofSeconds(6), Duration.ofSeconds(5), NO_WAIT))
                .withMessageContaining("PT6S").withMessageContaining("PT5S");
    }

    @Test
    void rejectsAMissingSleeper() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivationPolicy(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(5), null))
                .withMessageContaining("sleeper");
    }
}
