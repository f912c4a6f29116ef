package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    @Test
    void startsWithoutAnyFault() {
        FaultSettings none = FaultSettings.none();

        assertThat(none.probability429() + none.probability500() + none.probability503()).isZero();
        assertThat(none.latencyMillis()).isZero();
        assertThat(none.rateLimitPerMinute()).isZero();
        assertThat(none.outage()).isFalse();
        assertThat(none.retryAfterStyle()).isEqualTo(RetryAfterStyle.SECONDS);
        assertThat(none.rateLimitWindow()).isEqualTo(RateLimitWindow.SLIDING);
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability429(1.01)).withMessageContaining("1.01");
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability500(-0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability503(Double.NaN));
    }

    @Test
    void rejectsNegativeLatencyRetryAfterAndRateLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().latencyMillis(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().retryAfterSeconds(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().rateLimitPerMinute(-1));
    }

    @Test
    void copiesEverySettingAndClearsBackToNone() {
        FaultSettings source = FaultSettings.none().probability429(0.1).probability500(0.2).probability503(0.3)
                .retryAfterStyle(RetryAfterStyle.HTTP_DATE).retryAfterSeconds(9).latencyMillis(5).rateLimitPerMinute(60)
                .rateLimitWindow(RateLimitWindow.FIXED).outage(true).absoluteNextPageUris(true);

        FaultSettings copy = FaultSettings.none().copyFrom(source);

        assertThat(copy).hasToString(source.toString());
        assertThat(copy.clear()).hasToString(FaultSettings.none().toString());
    }
}
