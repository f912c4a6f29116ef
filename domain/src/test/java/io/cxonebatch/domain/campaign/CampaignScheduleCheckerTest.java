package io.cxonebatch.domain.campaign;

import static io.cxonebatch.domain.campaign.CampaignPlanEntryFixture.predictive;
import static io.cxonebatch.domain.campaign.CampaignPlanEntryFixture.preview;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.ConflictScope;
import io.cxonebatch.domain.schedule.DstPolicy;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignScheduleCheckerTest {

    private static final ScheduleWindow ALL_DAY = new ScheduleWindow(ZoneId.of("America/New_York"),
            OffsetDateTime.parse("2026-09-15T06:00-04:00").toInstant(), OffsetDateTime.parse("2026-09-15T20:00-04:00").toInstant());

    private final CampaignPlanValidator validator = new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.SHIFT);

    private CampaignSpec spec(CampaignPlanEntryFixture row) {
        return validator.validate(row.build()).valueOrThrow();
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"ACTIVE", "SCHEDULED"})
    void existingCampaignsThatHoldTheirScheduleBlockIt(CampaignStatus status) {
        CampaignScheduleChecker checker = new CampaignScheduleChecker(ConflictScope.ANY);

        assertThat(checker.addExisting(CampaignId.of("c1"), "Summer", status, ALL_DAY, "other-queue", null, null)).isTrue();

        assertThat(checker.claim(spec(predictive()), "line 2 (external_key Q3-EAST)").violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("line 2 (external_key Q3-EAST) window ")
                        .contains("campaign 'Summer' (c1, " + status + ")"));
    }

    @ParameterizedTest
    @EnumSource(value = CampaignStatus.class, names = {"DRAFT", "ACTIVATING", "PAUSED", "COMPLETED", "FAILED", "CANCELED"})
    void existingCampaignsInOtherStatusesDoNotCount(CampaignStatus status) {
        CampaignScheduleChecker checker = new CampaignScheduleChecker(ConflictScope.ANY);

        assertThat(checker.addExisting(CampaignId.of("c1"), "Summer", status, ALL_DAY, "queue_abc123", "list_123", null)).isFalse();

        assertThat(checker.claim(spec(predictive()), "line 2").isValid()).isTrue();
        assertThat(checker.booked()).isEqualTo(1);
    }

    @Test
    void planRowsConflictOnTheListTheyDialEvenWhenOneIsAPreviewCampaign() {
        CampaignScheduleChecker checker = new CampaignScheduleChecker(ConflictScope.SHARED_RESOURCE);
        checker.claim(spec(predictive().with("queue_id", "q1").with("target_list_id", "shared")), "line 2");

        var result = checker.claim(spec(preview().with("external_key", "PV-1").with("queue_id", "q2")
                .with("contact_list_id", "shared")), "line 3");

        assertThat(result.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("clashes with line 2", "same target list shared"));
    }

    @Test
    void aRerunDoesNotClashWithTheCampaignTheSameRowCreated() {
        CampaignScheduleChecker checker = new CampaignScheduleChecker(ConflictScope.ANY);
        checker.addExisting(CampaignId.of("c1"), "Q3 Outreach East", CampaignStatus.ACTIVE, ALL_DAY, "queue_abc123",
                "list_123", ExternalKey.of("Q3-EAST"));

        assertThat(checker.claim(spec(predictive()), "line 2").isValid()).isTrue();
        assertThat(checker.claim(spec(predictive().with("external_key", "Q3-WEST")), "line 3").isValid()).isFalse();
    }
}
