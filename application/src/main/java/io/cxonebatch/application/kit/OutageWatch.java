package io.cxonebatch.application.kit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How a pass over many rows rides out CXone not answering. A row deferred because CXone was unavailable starts an
 * outage; the next row that succeeds ends it. During an outage no row starts but a probe, one at a time, after a
 * pause that doubles from {@code firstProbeDelay} up to {@code maxProbeDelay} (by then the client's circuit breaker
 * has half-opened); an outage longer than {@code budget} means giving up, leaving the remaining rows for a restart.
 *
 * <p>Not thread-safe: one dispatching thread reports to it and asks it. Time comes from {@code nanoClock}.
 */
public final class OutageWatch {

    private final Duration budget;
    private final Duration firstProbeDelay;
    private final Duration maxProbeDelay;
    private final LongSupplier nanoClock;
    private long outageSince = -1;
    private long nextProbeAt;
    private Duration probeDelay;

    public OutageWatch(Duration budget, Duration firstProbeDelay, Duration maxProbeDelay, LongSupplier nanoClock) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.firstProbeDelay = Objects.requireNonNull(firstProbeDelay, "firstProbeDelay");
        this.maxProbeDelay = Objects.requireNonNull(maxProbeDelay, "maxProbeDelay");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (budget.isNegative() || firstProbeDelay.isNegative() || firstProbeDelay.compareTo(maxProbeDelay) > 0) {
            throw new IllegalArgumentException("outage budget " + budget + " must not be negative, and the first probe delay "
                    + firstProbeDelay + " must lie between zero and the longest, " + maxProbeDelay);
        }
        this.probeDelay = firstProbeDelay;
    }

    public Duration budget() {
        return budget;
    }

    public boolean inOutage() {
        return outageSince >= 0;
    }

    /**
     * A row came back deferred: CXone did not answer for it.
     *
     * @return true when this starts an outage
     */
    public boolean rowDeferred() {
        if (inOutage()) {
            return false;
        }
        outageSince = nanoClock.getAsLong();
        probeDelay = firstProbeDelay;
        nextProbeAt = outageSince + probeDelay.toNanos();
        return true;
    }

    /**
     * A row was carried out: CXone answers.
     *
     * @return how long the outage this ends lasted, or null when there was none
     */
    public @Nullable Duration rowSucceeded() {
        if (!inOutage()) {
            return null;
        }
        Duration lasted = Duration.ofNanos(nanoClock.getAsLong() - outageSince);
        outageSince = -1;
        return lasted;
    }

    /** How many rows may be in flight now, of {@code concurrency}: all of them, or during an outage one due probe. */
    public int rowsAllowed(int concurrency, int inFlight) {
        if (!inOutage()) {
            return concurrency;
        }
        return inFlight == 0 && nanoClock.getAsLong() >= nextProbeAt ? 1 : 0;
    }

    /** A row was started; during an outage it is the probe, and the next one waits twice as long. */
    public void rowStarted() {
        if (inOutage()) {
            nextProbeAt = nanoClock.getAsLong() + probeDelay.toNanos();
            Duration doubled = probeDelay.multipliedBy(2);
            probeDelay = doubled.compareTo(maxProbeDelay) <= 0 ? doubled : maxProbeDelay;
        }
    }

    /** How long until a probe is due, when nothing is in flight to wait for instead; {@code Long.MAX_VALUE} otherwise. */
    public long nanosUntilProbe(int inFlight) {
        return inOutage() && inFlight == 0 ? Math.max(0, nextProbeAt - nanoClock.getAsLong()) : Long.MAX_VALUE;
    }

    /** Whether the current outage has lasted longer than the budget. */
    public boolean budgetSpent() {
        return inOutage() && nanoClock.getAsLong() - outageSince > budget.toNanos();
    }
}
