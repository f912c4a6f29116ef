package io.cxonebatch.application.port.in;

/** How ensuring one webhook ended. */
public enum WebhookOutcome {
    /** CXone registered the webhook in this call. */
    REGISTERED,
    /** A webhook for the same event filter and URI was already recorded; CXone was not called. */
    ALREADY_REGISTERED,
    /** Dry run: the webhook would be registered; CXone was not called. */
    PLANNED,
    /** The CXone call failed; the reason says how. */
    FAILED
}
