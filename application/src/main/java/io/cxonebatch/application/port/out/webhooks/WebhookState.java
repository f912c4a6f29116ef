package io.cxonebatch.application.port.out.webhooks;

/** Where a webhook's registration stands. None but a forgotten intent is ever sent to CXone again. */
public enum WebhookState {
    /** Recorded before the POST; the POST has not been answered yet (or the process died waiting). */
    INTENDED,
    /** CXone answered that it registered the webhook. */
    REGISTERED,
    /** The POST was sent and no answer said whether CXone registered it; CXone cannot be asked. */
    UNCONFIRMED
}
