package io.cxonebatch.domain.assignment;

import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a checked roster row suits its campaign: the agent's daily window, in the agent's zone, meets the
 * campaign's window on at least one of its days ({@code WINDOW_OUTSIDE_CAMPAIGN} otherwise), and the agent has room
 * for more calls, a {@link CapacityScore} above 0 ({@code AGENT_AT_CAPACITY} otherwise). Both are reported at once.
 */
public final class AssignmentFit {

    public static final String WINDOW_OUTSIDE_CAMPAIGN = "WINDOW_OUTSIDE_CAMPAIGN";
    public static final String AGENT_AT_CAPACITY = "AGENT_AT_CAPACITY";

    private final CapacityScore score;

    public AssignmentFit(CapacityScore score) {
        this.score = Objects.requireNonNull(score, "score");
    }

    public List<Violation> check(RosterAssignment agent, ScheduleWindow campaign) {
        AgentAssignment assignment = agent.assignment();
        return check(agent.campaignReference(), assignment.windowStart(), assignment.windowEnd(), assignment.zone(),
                agent.recentCallRate(), campaign);
    }

    /**
     * The same checks on a row's cells as far as they parse, so that a row with another broken cell still gets these
     * reasons too: a missing or malformed window or zone skips the window check, a missing rate counts as 0.
     */
    public List<Violation> check(String campaignReference, @Nullable LocalTime windowStart, @Nullable LocalTime windowEnd,
            @Nullable ZoneId zone, double recentCallRate, ScheduleWindow campaign) {
        List<Violation> violations = new ArrayList<>();
        if (windowStart != null && windowEnd != null && zone != null && windowEnd.isAfter(windowStart)
                && !meets(windowStart, windowEnd, zone, campaign)) {
            violations.add(Violation.of(WINDOW_OUTSIDE_CAMPAIGN, RosterEntry.WINDOW_START, "the agent's window "
                    + windowStart + "–" + windowEnd + " " + zone.getId() + " never meets campaign " + campaignReference
                    + "'s window " + campaign.startInZone().toLocalDateTime() + " – " + campaign.endInZone().toLocalDateTime()
                    + " " + campaign.zone().getId()));
        }
        if (score.of(recentCallRate) <= 0) {
            violations.add(Violation.of(AGENT_AT_CAPACITY, RosterEntry.RECENT_CALL_RATE, RosterEntry.RECENT_CALL_RATE + " "
                    + CellParser.plain(recentCallRate) + " is at or above the target of "
                    + CellParser.plain(score.targetCallsPerHour()) + " calls an hour: capacity score 0, no room for preview calls"));
        }
        return violations;
    }

    /** A daily window meets any campaign of a day or longer; a shorter one is tried on each local day it touches. */
    static boolean meets(LocalTime windowStart, LocalTime windowEnd, ZoneId zone, ScheduleWindow campaign) {
        if (campaign.duration().compareTo(Duration.ofDays(1)) >= 0) {
            return true;
        }
        LocalDate day = campaign.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = campaign.end().atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            Instant from = ZonedDateTime.of(day, windowStart, zone).toInstant();
            Instant to = ZonedDateTime.of(day, windowEnd, zone).toInstant();
            if (from.isBefore(campaign.end()) && to.isAfter(campaign.start())) {
                return true;
            }
        }
        return false;
    }
}
