package io.cxonebatch.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentFitTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    /** 2026-10-02 08:00–17:00 in New York. */
    private static final ScheduleWindow CAMPAIGN = ScheduleWindow.of(NEW_YORK, Instant.parse("2026-10-02T12:00:00Z"),
            Instant.parse("2026-10-02T21:00:00Z"));

    private final AssignmentFit fit = new AssignmentFit(new CapacityScore(30));

    private static RosterAssignment agent(String start, String end, ZoneId zone, double recentCalls) {
        return new RosterAssignment("Q3-PREVIEW", new AgentAssignment("agent-1", Set.of("sales"), LocalTime.parse(start),
                LocalTime.parse(end), zone, 1), recentCalls);
    }

    @Test
    void aWindowThatMeetsTheCampaignsHoursFits() {
        assertThat(fit.check(agent("09:00", "17:00", NEW_YORK, 5), CAMPAIGN)).isEmpty();
    }

    @Test
    void windowsAreComparedAsInstantsAcrossZones() {
        // 14:00–18:00 in Los Angeles is 17:00–21:00 in New York: it starts as the campaign ends.
        assertThat(fit.check(agent("14:00", "18:00", LOS_ANGELES, 5), CAMPAIGN)).extracting(Violation::code)
                .containsExactly(AssignmentFit.WINDOW_OUTSIDE_CAMPAIGN);
        // 13:00–15:00 in Los Angeles is 16:00–18:00 in New York: it meets the campaign's last hour.
        assertThat(fit.check(agent("13:00", "15:00", LOS_ANGELES, 5), CAMPAIGN)).isEmpty();
    }

    @Test
    void anEveningWindowNeverMeetsADaytimeCampaign() {
        assertThat(fit.check(agent("18:00", "22:00", NEW_YORK, 5), CAMPAIGN)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("18:00–22:00 America/New_York never meets campaign Q3-PREVIEW"));
    }

    @Test
    void anyDailyWindowMeetsACampaignOfADayOrMore() {
        ScheduleWindow week = ScheduleWindow.of(NEW_YORK, Instant.parse("2026-10-02T12:00:00Z"), Instant.parse("2026-10-09T12:00:00Z"));

        assertThat(fit.check(agent("02:00", "03:00", NEW_YORK, 5), week)).isEmpty();
    }

    @Test
    void anAgentAtOrAboveTheTargetRateHasNoCapacityAndEveryReasonIsGivenAtOnce() {
        assertThat(fit.check(agent("18:00", "22:00", NEW_YORK, 30), CAMPAIGN)).extracting(Violation::code)
                .containsExactly(AssignmentFit.WINDOW_OUTSIDE_CAMPAIGN, AssignmentFit.AGENT_AT_CAPACITY);
        assertThat(fit.check(agent("09:00", "17:00", NEW_YORK, 29.5), CAMPAIGN)).isEmpty();
    }
}
