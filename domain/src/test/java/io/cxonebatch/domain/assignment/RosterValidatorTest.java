package io.cxonebatch.domain.assignment;

import static io.cxonebatch.domain.assignment.RosterEntryFixture.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterValidatorTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final Set<ZoneId> CAMPAIGN_ZONES = Set.of(NEW_YORK, CHICAGO);

    private final RosterValidator validator = new RosterValidator(EngineLimits.defaults());

    private Validated<RosterAssignment> validate(RosterEntryFixture row) {
        return validator.validate(row.build(), CAMPAIGN_ZONES);
    }

    @Test
    void aValidRowBecomesAnAssignmentWithItsCampaignAndNoRecentCallsByDefault() {
        RosterAssignment row = validate(agent("agent-001")).valueOrThrow();

        assertThat(row.campaignReference()).isEqualTo("PV-EAST");
        assertThat(row.assignment()).isEqualTo(new AgentAssignment("agent-001", Set.of("sales", "preview-qualified"),
                LocalTime.of(9, 0), LocalTime.of(17, 0), NEW_YORK, 1));
        assertThat(row.recentCallRate()).isZero();
    }

    @Test
    void readsTheRecentCallRate() {
        assertThat(validate(agent("agent-001").with("recent_call_rate", "7.5")).valueOrThrow().recentCallRate()).isEqualTo(7.5);
    }

    @Test
    void reportsEveryViolationOfARowAtOnce() {
        var result = validate(agent("agent-001")
                .with("skills", " ; ")
                .with("window_start", "18:00")
                .with("window_end", "08:00")
                .with("timezone", "America/Denver")
                .with("max_concurrent_calls", "3")
                .with("recent_call_rate", "-1"));

        assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                tuple("SKILLS_EMPTY", "skills"),
                tuple("WINDOW_END_NOT_AFTER_START", "window_end"),
                tuple("TIME_ZONE_NOT_ALLOWED_FOR_CAMPAIGN", "timezone"),
                tuple("AGENT_CONCURRENCY_OUT_OF_RANGE", "max_concurrent_calls"),
                tuple("RECENT_CALL_RATE_NEGATIVE", "recent_call_rate"));
    }

    @Test
    void allowsOneOrTwoConcurrentCallsOnly() {
        assertThat(validate(agent("a").with("max_concurrent_calls", "2")).isValid()).isTrue();
        assertThat(validate(agent("a").with("max_concurrent_calls", "0")).violations()).extracting(Violation::message)
                .containsExactly("max_concurrent_calls 0 must be 1 or 2");
    }

    @Test
    void refusesAZoneTheCampaignDoesNotAllowNamingTheAllowedOnes() {
        assertThat(validate(agent("a").with("timezone", "America/Denver")).violations()).extracting(Violation::message)
                .containsExactly("timezone America/Denver is not one of the zones campaign PV-EAST allows: "
                        + "America/Chicago, America/New_York");
    }

    @Test
    void refusesAZoneThatIsNotIana() {
        assertThat(validate(agent("a").with("timezone", "EST-ish")).violations()).extracting(Violation::code)
                .containsExactly("UNKNOWN_TIME_ZONE");
    }

    @Test
    void refusesWindowsNotInHoursAndMinutes() {
        assertThat(validate(agent("a").with("window_start", "9")).violations()).extracting(Violation::code)
                .containsExactly("MALFORMED_TIME");
    }

    @Test
    void refusesAWindowThatEndsWhenItStarts() {
        assertThat(validate(agent("a").with("window_end", "09:00")).violations()).extracting(Violation::code)
                .containsExactly("WINDOW_END_NOT_AFTER_START");
    }

    @Test
    void requiresEveryRequiredColumn() {
        var result = validator.validate(RosterEntry.fromCells(2, column -> null), CAMPAIGN_ZONES);

        assertThat(result.violations()).extracting(Violation::field).containsExactly(
                "campaign", "user_id", "skills", "window_start", "window_end", "timezone", "max_concurrent_calls");
    }

    @Test
    void aDispatchMayHoldUpToTheRosterLimit() {
        List<RosterAssignment> roster = roster(100);

        assertThat(validator.checkDispatch("PV-EAST", roster).valueOrThrow()).hasSize(100);
    }

    @Test
    void refusesADispatchLargerThanTheRosterLimit() {
        assertThat(validator.checkDispatch("PV-EAST", roster(101)).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("ROSTER_TOO_LARGE");
            assertThat(v.message()).isEqualTo("campaign PV-EAST has 101 agents in one dispatch; at most 100 are allowed");
        });
    }

    @Test
    void refusesADispatchListingAnAgentTwice() {
        List<RosterAssignment> roster = new ArrayList<>(roster(3));
        roster.add(roster.get(1));

        assertThat(validator.checkDispatch("PV-EAST", roster).violations()).extracting(Violation::code, Violation::message)
                .containsExactly(tuple("DUPLICATE_AGENT", "campaign PV-EAST lists user_id agent-1 more than once"));
    }

    private List<RosterAssignment> roster(int size) {
        List<RosterAssignment> roster = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            roster.add(validate(agent("agent-" + i)).valueOrThrow());
        }
        return roster;
    }
}
