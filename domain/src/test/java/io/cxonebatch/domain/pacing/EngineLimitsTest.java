package io.cxonebatch.domain.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineLimitsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        EngineLimits limits = EngineLimits.defaults();

        assertThat(limits.maxConcurrentCalls()).isEqualTo(500);
        assertThat(limits.minPacingInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.maxThrottle()).isEqualTo(0.95);
        assertThat(limits.approvedTimeZones()).extracting(ZoneId::getId).containsExactlyInAnyOrder(
                "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");
        assertThat(limits.maxAbandonmentRate()).isEqualTo(0.03);
        assertThat(limits.maxPredictiveRate()).isEqualTo(3.0);
        assertThat(limits.maxConcurrentPreviews()).isEqualTo(10);
        assertThat(limits.maxRosterSize()).isEqualTo(100);
    }

    @Test
    void noConfigurationMayRaiseTheAbandonmentRateAboveTheLegalMaximum() {
        assertThatThrownBy(() -> EngineLimits.defaults().withMaxAbandonmentRate(0.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max abandonment rate 0.05 must be in [0, 0.03], the legal maximum");
        assertThat(EngineLimits.defaults().withMaxAbandonmentRate(0.02).maxAbandonmentRate()).isEqualTo(0.02);
    }

    @Test
    void refusesLimitsOutsideTheirPossibleRange() {
        EngineLimits limits = EngineLimits.defaults();

        assertThatThrownBy(() -> limits.withMaxConcurrentCalls(0)).hasMessageContaining("max concurrent calls 0");
        assertThatThrownBy(() -> limits.withMinPacingInterval(Duration.ZERO)).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> limits.withMaxThrottle(1.2)).hasMessageContaining("1.2");
        assertThatThrownBy(() -> limits.withApprovedTimeZones(Set.of())).hasMessageContaining("time zone");
        assertThatThrownBy(() -> limits.withMaxPredictiveRate(0)).hasMessageContaining("0.0");
        assertThatThrownBy(() -> limits.withMaxRosterSize(0)).hasMessageContaining("max roster size 0");
    }

    @Test
    void admitsAnotherPreviewWhileActivePreviewsPlusOneFitTheLicence() {
        PreviewAdmission admission = EngineLimits.defaults().admitPreview(9);

        assertThat(admission.isAdmitted()).isTrue();
        assertThat(admission.activePreviews()).isEqualTo(9);
        assertThat(admission.limit()).isEqualTo(10);
    }

    @Test
    void refusesAnotherPreviewWhenTheLicenceIsUsedUpNamingBothNumbers() {
        PreviewAdmission admission = EngineLimits.defaults().admitPreview(10);

        assertThat(admission).isInstanceOfSatisfying(PreviewAdmission.Refused.class, refused -> {
            assertThat(refused.violation().code()).isEqualTo("PREVIEW_LICENCE_EXHAUSTED");
            assertThat(refused.violation().message()).isEqualTo(
                    "10 preview campaigns are active and the licence allows 10 at once; activating another would make 11");
        });
    }

    @Test
    void aLicenceForNoPreviewsAdmitsNone() {
        assertThat(EngineLimits.defaults().withMaxConcurrentPreviews(0).admitPreview(0).isAdmitted()).isFalse();
    }
}
