package io.cxonebatch.domain.assignment;

import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
        List<Violation> violations = new ArrayList<>();
        AgentAssignment assignment = agent.assignment();
        if (!meets(assignment, campaign)) {
            violations.add(Violation.of(WINDOW_OUTSIDE_CAMPAIGN, RosterEntry.WINDOW_START, "the agent's window "
                    + assignment.windowStart() + "–" + assignment.windowEnd() + " " + assignment.zone().getId()
                    + " never meets campaign " + agent.campaignReference() + "'s window " + campaign.startInZone().toLocalDateTime()
                    + " – " + campaign.endInZone().toLocalDateTime() + " " + campaign.zone().getId()));
        }
        if (score.of(agent) <= 0) {
            violations.add(Violation.of(AGENT_AT_CAPACITY, RosterEntry.RECENT_CALL_RATE, RosterEntry.RECENT_CALL_RATE + " "
                    + CellParser.plain(agent.recentCallRate()) + " is at or above the target of "
                    + CellParser.plain(score.targetCallsPerHour()) + " calls an hour: capacity score 0, no room for preview calls"));
        }
        return violations;
    }

    /** A daily window meets any campaign of a day or longer; a shorter one is tried on each local day it touches. */
    static boolean meets(AgentAssignment agent, ScheduleWindow campaign) {
        if (campaign.duration().compareTo(Duration.ofDays(1)) >= 0) {
            return true;
        }
        LocalDate day = campaign.start().atZone(agent.zone()).toLocalDate().minusDays(1);
        LocalDate last = campaign.end().atZone(agent.zone()).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            Instant from = ZonedDateTime.of(day, agent.windowStart(), agent.zone()).toInstant();
            Instant to = ZonedDateTime.of(day, agent.windowEnd(), agent.zone()).toInstant();
            if (from.isBefore(campaign.end()) && to.isAfter(campaign.start())) {
                return true;
            }
        }
        return false;
    }
}
