package io.cxonebatch.application.provisioning.service;

import java.time.Duration;

/**
 * How long provisioning waits for an asynchronous activation to end, and how it spaces its polls: the first poll
 * follows the activation request at once, then the delay starts at {@code firstPollDelay} and doubles up to
 * {@code maxPollDelay}. When the budget is spent the activation is reported as timed out, for the monitoring job
 * to follow up.
 *
 * @param budget how long to poll; zero polls once
 * @param sleeper how to wait between polls
 */
public record ActivationPolicy(Duration budget, Duration firstPollDelay, Duration maxPollDelay, Sleeper sleeper) {

    public static final Duration DEFAULT_FIRST_POLL_DELAY = Duration.ofMillis(200);
    public static final Duration DEFAULT_MAX_POLL_DELAY = Duration.ofSeconds(5);

    public ActivationPolicy {
        if (budget == null || firstPollDelay == null || maxPollDelay == null || sleeper == null) {
            throw new IllegalArgumentException("an activation policy needs a budget, a first and a maximum poll delay, and a sleeper");
        }
        if (budget.isNegative()) {
            throw new IllegalArgumentException("activation budget " + budget + " cannot be negative");
        }
        if (firstPollDelay.isNegative() || firstPollDelay.isZero()) {
            throw new IllegalArgumentException("first poll delay " + firstPollDelay + " must be positive");
        }
        if (maxPollDelay.isNegative() || maxPollDelay.isZero()) {
            throw new IllegalArgumentException("maximum poll delay " + maxPollDelay + " must be positive");
        }
        if (firstPollDelay.compareTo(maxPollDelay) > 0) {
            throw new IllegalArgumentException("first poll delay " + firstPollDelay + " exceeds the maximum poll delay "
                    + maxPollDelay);
        }
    }

    /** Polls after 200 ms, then doubles the delay up to 5 s, sleeping the calling thread. */
    public static ActivationPolicy withBudget(Duration budget) {
        return new ActivationPolicy(budget, DEFAULT_FIRST_POLL_DELAY, DEFAULT_MAX_POLL_DELAY, Sleeper.THREAD);
    }
}
