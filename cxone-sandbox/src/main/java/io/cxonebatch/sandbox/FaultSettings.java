package io.cxonebatch.sandbox;

import java.time.Duration;

/**
 * The faults a sandbox injects, changeable while it runs; every setter is safe to call from any thread and takes
 * effect on the next request.
 *
 * <p>The three probabilities are drawn from one number per request, so a request gets at most one of them and
 * their effective sum is capped at 1. A faulted request is answered before any side effect. The token endpoint
 * is exempt from the random faults and the rate limit, but not from latency or the outage.
 */
public final class FaultSettings {

    private volatile double probability429;
    private volatile double probability500;
    private volatile double probability503;
    private volatile RetryAfterStyle retryAfterStyle = RetryAfterStyle.SECONDS;
    private volatile int retryAfterSeconds = 1;
    private volatile long latencyMillis;
    private volatile int rateLimitPerMinute;
    private volatile RateLimitWindow rateLimitWindow = RateLimitWindow.SLIDING;
    private volatile boolean outage;
    private volatile boolean absoluteNextPageUris;

    /** No faults: what a sandbox starts with unless told otherwise. */
    public static FaultSettings none() {
        return new FaultSettings();
    }

    /** Probability in [0, 1] that an API call answers {@code 429} with a {@code Retry-After}. */
    public FaultSettings probability429(double probability) {
        this.probability429 = requireProbability("probability429", probability);
        return this;
    }

    /** Probability in [0, 1] that an API call answers {@code 500}. */
    public FaultSettings probability500(double probability) {
        this.probability500 = requireProbability("probability500", probability);
        return this;
    }

    /** Probability in [0, 1] that an API call answers {@code 503}. */
    public FaultSettings probability503(double probability) {
        this.probability503 = requireProbability("probability503", probability);
        return this;
    }

    /** The form of {@code Retry-After} on every {@code 429}, random or from the rate limit. */
    public FaultSettings retryAfterStyle(RetryAfterStyle style) {
        if (style == null) {
            throw new IllegalArgumentException("retryAfterStyle must not be null");
        }
        this.retryAfterStyle = style;
        return this;
    }

    /** The {@code Retry-After} of a random {@code 429}, in seconds, at least 0. */
    public FaultSettings retryAfterSeconds(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 0, got " + seconds);
        }
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** Latency added before every answer but those of the admin API, in milliseconds, at least 0. */
    public FaultSettings latencyMillis(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("latencyMillis must be at least 0, got " + millis);
        }
        this.latencyMillis = millis;
        return this;
    }

    /** Same as {@link #latencyMillis(long)}. */
    public FaultSettings latency(Duration latency) {
        return latencyMillis(latency.toMillis());
    }

    /** Requests per minute each OAuth client may make to the API before it gets {@code 429}; 0 switches it off. */
    public FaultSettings rateLimitPerMinute(int requests) {
        if (requests < 0) {
            throw new IllegalArgumentException("rateLimitPerMinute must be at least 0, got " + requests);
        }
        this.rateLimitPerMinute = requests;
        return this;
    }

    /** How the rate limit counts its minute. */
    public FaultSettings rateLimitWindow(RateLimitWindow window) {
        if (window == null) {
            throw new IllegalArgumentException("rateLimitWindow must not be null");
        }
        this.rateLimitWindow = window;
        return this;
    }

    /** When on, every call but the admin API answers {@code 503}, token calls included. */
    public FaultSettings outage(boolean on) {
        this.outage = on;
        return this;
    }

    /** When on, {@code nextPageUri} is absolute ({@code http://host:port/...}) instead of relative to the base URL. */
    public FaultSettings absoluteNextPageUris(boolean on) {
        this.absoluteNextPageUris = on;
        return this;
    }

    /** Copies every setting of {@code other} into this one and returns this. */
    public FaultSettings copyFrom(FaultSettings other) {
        probability429 = other.probability429;
        probability500 = other.probability500;
        probability503 = other.probability503;
        retryAfterStyle = other.retryAfterStyle;
        retryAfterSeconds = other.retryAfterSeconds;
        latencyMillis = other.latencyMillis;
        rateLimitPerMinute = other.rateLimitPerMinute;
        rateLimitWindow = other.rateLimitWindow;
        outage = other.outage;
        absoluteNextPageUris = other.absoluteNextPageUris;
        return this;
    }

    /** Back to {@link #none()}. */
    public FaultSettings clear() {
        return copyFrom(none());
    }

    public double probability429() {
        return probability429;
    }

    public double probability500() {
        return probability500;
    }

    public double probability503() {
        return probability503;
    }

    public RetryAfterStyle retryAfterStyle() {
        return retryAfterStyle;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public long latencyMillis() {
        return latencyMillis;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public RateLimitWindow rateLimitWindow() {
        return rateLimitWindow;
    }

    public boolean outage() {
        return outage;
    }

    public boolean absoluteNextPageUris() {
        return absoluteNextPageUris;
    }

    @Override
    public String toString() {
        return "FaultSettings[probability429=" + probability429 + ", probability500=" + probability500
                + ", probability503=" + probability503 + ", retryAfterStyle=" + retryAfterStyle
                + ", retryAfterSeconds=" + retryAfterSeconds + ", latencyMillis=" + latencyMillis
                + ", rateLimitPerMinute=" + rateLimitPerMinute + ", rateLimitWindow=" + rateLimitWindow
                + ", outage=" + outage + ", absoluteNextPageUris=" + absoluteNextPageUris + "]";
    }

    private static double requireProbability(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }
}
