package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous activation to end by polling the campaign's status with a doubling delay, within the
 * time budget of an {@link ActivationPolicy}. It keeps no state between calls, so one instance serves every thread.
 */
final class ActivationPoller {

    private final ActivationPolicy policy;
    private final Clock clock;

    ActivationPoller(ActivationPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Polls at once, then after each delay, until a polled status {@linkplain CampaignStatus#endsActivation() ends
     * the activation} or the budget is spent; the last wait is cut short to end on the budget. An interrupt stops
     * the polling and leaves the thread interrupted. Whatever {@code poll} throws propagates.
     */
    LastPoll await(Supplier<CampaignStatus> poll) {
        Instant startedAt = clock.instant();
        Instant deadline = startedAt.plus(policy.budget());
        Duration delay = policy.firstPollDelay();
        int polls = 0;
        CampaignStatus status;
        while (true) {
            status = poll.get();
            polls++;
            Duration left = Duration.between(clock.instant(), deadline);
            if (status.endsActivation() || left.isNegative() || left.isZero()) {
                break;
            }
            try {
                policy.sleeper().sleep(delay.compareTo(left) < 0 ? delay : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Duration doubled = delay.multipliedBy(2);
            delay = doubled.compareTo(policy.maxPollDelay()) < 0 ? doubled : policy.maxPollDelay();
        }
        return new LastPoll(status, polls, Duration.between(startedAt, clock.instant()));
    }

    /**
     * Where the polling stopped.
     *
     * @param status the last status read
     * @param polls how many times the status was read
     * @param waited from the first poll to the end of the last
     */
    record LastPoll(CampaignStatus status, int polls, Duration waited) {

        /** ACTIVE, or PAUSED, which a campaign only reaches after it was active. */
        boolean activated() {
            return status == CampaignStatus.ACTIVE || status == CampaignStatus.PAUSED;
        }

        /** Activated, or ended in another terminal state. */
        boolean ended() {
            return status.endsActivation();
        }
    }
}
