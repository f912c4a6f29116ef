package io.cxonebatch.application.provisioning.service;

import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ActivationPollerTest {

    private final MutableClock clock = MutableClock.of(Instant.parse("2026-09-15T12:00:00Z"), ZoneOffset.UTC);
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper advancingClock = duration -> {
        sleeps.add(duration);
        clock.add(duration);
    };

    private ActivationPoller poller(Duration budget, Duration first, Duration max) {
        return new ActivationPoller(new ActivationPolicy(budget, first, max, advancingClock), clock);
    }

    /** Answers the given statuses in turn, then keeps answering the last one. */
    private static Supplier<CampaignStatus> statuses(CampaignStatus... answers) {
        Deque<CampaignStatus> left = new ArrayDeque<>(List.of(answers));
        return () -> left.size() > 1 ? left.poll() : left.peek();
    }

    @Test
    void aFirstPollThatEndsTheActivationNeedsNoWait() {
        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5))
                .await(statuses(CampaignStatus.ACTIVE));

        assertThat(last.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(last.polls()).isEqualTo(1);
        assertThat(last.waited()).isZero();
        assertThat(last.activated()).isTrue();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void doublesTheDelayBetweenPollsUntilTheActivationEnds() {
        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5))
                .await(statuses(CampaignStatus.ACTIVATING, CampaignStatus.ACTIVATING, CampaignStatus.ACTIVATING, CampaignStatus.ACTIVE));

        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));
        assertThat(last.polls()).isEqualTo(4);
        assertThat(last.waited()).isEqualTo(Duration.ofMillis(1400));
        assertThat(last.activated()).isTrue();
    }

    @Test
    void capsTheDelayAtTheMaximumAndCutsTheLastWaitToEndOnTheBudget() {
        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(3))
                .await(statuses(CampaignStatus.ACTIVATING));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(2));
        assertThat(last.polls()).isEqualTo(9);
        assertThat(last.waited()).isEqualTo(Duration.ofSeconds(20));
        assertThat(last.status()).isEqualTo(CampaignStatus.ACTIVATING);
        assertThat(last.ended()).isFalse();
    }

    @Test
    void timeSpentInPollsCountsAgainstTheBudget() {
        Supplier<CampaignStatus> slow = () -> {
            clock.add(Duration.ofSeconds(4));
            return CampaignStatus.ACTIVATING;
        };

        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5)).await(slow);

        assertThat(last.polls()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(last.waited()).isEqualTo(Duration.ofMillis(12_600));
    }

    @Test
    void aZeroBudgetPollsExactlyOnce() {
        ActivationPoller.LastPoll last = poller(Duration.ZERO, Duration.ofMillis(200), Duration.ofSeconds(5))
                .await(statuses(CampaignStatus.ACTIVATING));

        assertThat(last.polls()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aFailedActivationEndsThePollingWithoutBeingActivated() {
        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5))
                .await(statuses(CampaignStatus.ACTIVATING, CampaignStatus.FAILED));

        assertThat(last.polls()).isEqualTo(2);
        assertThat(last.ended()).isTrue();
        assertThat(last.activated()).isFalse();
    }

    @Test
    void aPausedCampaignCountsAsActivated() {
        ActivationPoller.LastPoll last = poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5))
                .await(statuses(CampaignStatus.PAUSED));

        assertThat(last.activated()).isTrue();
    }

    @Test
    void anInterruptStopsThePollingAndLeavesTheThreadInterrupted() {
        ActivationPoller interrupted = new ActivationPoller(new ActivationPolicy(Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(5), duration -> {
                    throw new InterruptedException("shutting down");
                }), clock);
        try {
            ActivationPoller.LastPoll last = interrupted.await(statuses(CampaignStatus.ACTIVATING));

            assertThat(last.polls()).isEqualTo(1);
            assertThat(last.status()).isEqualTo(CampaignStatus.ACTIVATING);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailingPollPropagatesAndEndsThePolling() {
        CxoneUnavailableException unavailable = new CxoneUnavailableException("GET /api/v2/campaigns/camp-1", 503, "maintenance", null);
        int[] polls = new int[1];

        assertThatThrownBy(() -> poller(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5)).await(() -> {
            polls[0]++;
            throw unavailable;
        })).isSameAs(unavailable);
        assertThat(polls[0]).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }
}
