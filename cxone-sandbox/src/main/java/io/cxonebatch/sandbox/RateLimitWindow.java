package io.cxonebatch.sandbox;

/** How the per-client rate limit counts requests per minute. */
public enum RateLimitWindow {
    /** The last 60 seconds before each request, whenever it comes. */
    SLIDING,
    /** Calendar minutes of the wall clock: the count starts again at every full minute. */
    FIXED
}
