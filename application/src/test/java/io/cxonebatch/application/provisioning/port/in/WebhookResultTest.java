package io.cxonebatch.application.provisioning.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class WebhookResultTest {

    @Test
    void aFailedResultNeedsAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookResult(WebhookOutcome.FAILED, null)).withMessageContaining("FAILED");
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookResult(WebhookOutcome.FAILED, " ")).withMessageContaining("reason");
    }

    @Test
    void otherOutcomesNeedNoReason() {
        assertThat(new WebhookResult(WebhookOutcome.REGISTERED, null).reason()).isNull();
        assertThat(new WebhookResult(WebhookOutcome.ALREADY_REGISTERED, null).outcome()).isEqualTo(WebhookOutcome.ALREADY_REGISTERED);
        assertThat(new WebhookResult(WebhookOutcome.PLANNED, null).outcome()).isEqualTo(WebhookOutcome.PLANNED);
    }

    @Test
    void aResultNeedsAnOutcome() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookResult(null, null)).withMessageContaining("outcome");
    }
}
