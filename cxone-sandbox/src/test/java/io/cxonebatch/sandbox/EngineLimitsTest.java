package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EngineLimitsTest {

    @Test
    void defaultsAreFiveHundredCallsTenPreviewsAndFiftyAgents() {
        assertThat(EngineLimits.defaults()).isEqualTo(new EngineLimits(500, 10, 50));
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> EngineLimits.defaults().withLicensedConcurrentPreviews(0))
                .withMessageContaining("licensedConcurrentPreviews");
    }

    @Test
    void changesOneLimitAtATime() {
        assertThat(EngineLimits.defaults().withMaxConcurrentCalls(7).withAgentCapacityPerPreviewCampaign(3))
                .isEqualTo(new EngineLimits(7, 10, 3));
    }
}
