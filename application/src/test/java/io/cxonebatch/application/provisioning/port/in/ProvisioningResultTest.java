package io.cxonebatch.application.provisioning.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.domain.campaign.ExternalKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisioningResultTest {

    @Test
    void aFailedOrRejectedResultNeedsAReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvisioningResult(ExternalKey.of("K-1"), null,
                ItemStatus.FAILED, ActivationOutcome.NOT_REQUESTED, List.of(), " "))
                .withMessageContaining("K-1").withMessageContaining("FAILED");
        assertThat(new ProvisioningResult(ExternalKey.of("K-1"), null, ItemStatus.PLANNED,
                ActivationOutcome.NOT_REQUESTED, List.of("would create"), null).changes()).containsExactly("would create");
    }
}
