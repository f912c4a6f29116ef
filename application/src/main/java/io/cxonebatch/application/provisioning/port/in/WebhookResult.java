package io.cxonebatch.application.provisioning.port.in;

import org.jspecify.annotations.Nullable;

/**
 * What ensuring one webhook did.
 *
 * @param reason why it failed or is unconfirmed; required for {@link WebhookOutcome#FAILED} and
 *     {@link WebhookOutcome#UNCONFIRMED}, otherwise null
 */
public record WebhookResult(WebhookOutcome outcome, @Nullable String reason) {

    public WebhookResult {
        if (outcome == null) {
            throw new IllegalArgumentException("a webhook result needs an outcome");
        }
        if ((outcome == WebhookOutcome.FAILED || outcome == WebhookOutcome.UNCONFIRMED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + outcome + " webhook result needs a reason");
        }
    }
}
