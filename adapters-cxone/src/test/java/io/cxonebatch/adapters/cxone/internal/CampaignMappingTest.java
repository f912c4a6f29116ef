package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DRAFT, DRAFT", "new, DRAFT", "Scheduled, SCHEDULED", "activating, ACTIVATING", "pending, ACTIVATING",
        "ACTIVE, ACTIVE", "running, ACTIVE", "in-progress, ACTIVE", "paused, PAUSED", "on hold, PAUSED",
        "COMPLETED, COMPLETED", "finished, COMPLETED", "FAILED, FAILED", "error, FAILED",
        "CANCELED, CANCELED", "cancelled, CANCELED", "stopped, CANCELED", "hibernating, SCHEDULED"})
    void readsStatusWordsAndTheirSynonyms(String word, CampaignStatus expected) {
        assertThat(CampaignMapping.status(word)).isEqualTo(expected);
    }

    @Test
    void readsAMissingStatusAsScheduledSoThatItStillBlocksItsWindow() {
        assertThat(CampaignMapping.status(null)).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void readsLocalDatesInTheCampaignsZone() {
        ScheduleWindow window = CampaignMapping.window("2024-09-15T08:00:00", "2024-09-15T17:00:00", "America/New_York");

        assertThat(window).isEqualTo(new ScheduleWindow(ZoneId.of("America/New_York"),
                Instant.parse("2024-09-15T12:00:00Z"), Instant.parse("2024-09-15T21:00:00Z")));
    }

    @Test
    void fallsBackToTheOffsetWhenTheZoneIsMissingOrUnknown() {
        ScheduleWindow window = CampaignMapping.window("2024-09-15T08:00:00-05:00", "2024-09-15T17:00:00-05:00", "Nowhere/Land");

        assertThat(window).isNotNull();
        assertThat(window.zone()).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(window.start()).isEqualTo(Instant.parse("2024-09-15T13:00:00Z"));
    }

    @Test
    void hasNoWindowWhenDatesAreMissingUnreadableOrReversed() {
        assertThat(CampaignMapping.window(null, "2024-09-15T17:00:00Z", "UTC")).isNull();
        assertThat(CampaignMapping.window("2024-09-15T08:00:00", "2024-09-15T17:00:00", null)).isNull();
        assertThat(CampaignMapping.window("15/09/2024 08:00", "2024-09-15T17:00:00Z", "UTC")).isNull();
        assertThat(CampaignMapping.window("2024-09-15T17:00:00Z", "2024-09-15T08:00:00Z", "UTC")).isNull();
    }
}
