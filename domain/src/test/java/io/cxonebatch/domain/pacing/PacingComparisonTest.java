package io.cxonebatch.domain.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.campaign.CampaignType;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PacingComparisonTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static PacingSettings settings(int maxCalls, double throttle, String pacingType) {
        return new PacingSettings(CampaignType.PREDICTIVE, maxCalls, pacingType, 60, 25, throttle, NEW_YORK, true, 1);
    }

    @Test
    void settingsAlreadyInPlaceNeedNoChangeEvenWithAnotherCaseOfPacingTypeOrTheLastBitOfTheThrottle() {
        PacingSettings wanted = settings(150, 0.85, "fixed");

        assertThat(PacingComparison.changes(settings(150, 0.85 + 1e-12, "FIXED"), wanted)).isEmpty();
        assertThat(PacingComparison.accuracy(wanted, settings(150, 0.85, "Fixed"))).isEqualTo(1.0);
    }

    @Test
    void namesEachFieldThatMovesWithItsRealPreviousValue() {
        PacingSettings current = settings(25, 1.0, "fixed");
        PacingSettings wanted = settings(150, 0.85, "fixed");

        assertThat(PacingComparison.changes(current, wanted)).extracting(PacingFieldChange::describe)
                .containsExactly("max_concurrent_calls 25 → 150", "throttle_percent 1 → 0.85");
    }

    @Test
    void aCampaignWithoutDialerParametersChangesInEveryField() {
        PacingSettings wanted = settings(150, 0.85, "fixed");

        assertThat(PacingComparison.changes(null, wanted)).hasSize(9).allMatch(change -> change.from() == null);
        assertThat(PacingComparison.changes(null, wanted).get(0).describe()).isEqualTo("dialer_type (none) → predictive");
        assertThat(PacingComparison.accuracy(wanted, null)).isZero();
    }

    @Test
    void accuracyIsTheShareOfAskedFieldsHeldAsAsked() {
        PacingSettings asked = settings(150, 0.85, "fixed");
        PacingSettings clamped = new PacingSettings(CampaignType.PREDICTIVE, 100, "fixed", 60, 25, 0.85, NEW_YORK, false, 1);

        assertThat(PacingComparison.accuracy(asked, clamped)).isEqualTo(7.0 / 9);
    }
}
