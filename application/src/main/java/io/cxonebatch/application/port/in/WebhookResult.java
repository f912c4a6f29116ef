package io.cxonebatch.application.port.in;

import org.jspecify.annotations.Nullable;

/**
 * What ensuring one webhook did.
 *
 * @param reason why it failed; required for {@link WebhookOutcome#FAILED}, otherwise null
 */
public record WebhookResult(WebhookOutcome outcome, @Nullable String reason) {

    public WebhookResult {
        if (outcome == null) {
            throw new IllegalArgumentException("a webhook result needs an outcome");
        }
        if (outcome == WebhookOutcome.FAILED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a FAILED webhook result needs a reason");
        }
    }
}
