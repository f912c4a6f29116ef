package io.cxonebatch.domain.assignment;

import static io.cxonebatch.domain.assignment.RosterEntry.CAMPAIGN;
import static io.cxonebatch.domain.assignment.RosterEntry.MAX_CONCURRENT_CALLS;
import static io.cxonebatch.domain.assignment.RosterEntry.RECENT_CALL_RATE;
import static io.cxonebatch.domain.assignment.RosterEntry.SKILLS;
import static io.cxonebatch.domain.assignment.RosterEntry.TIMEZONE;
import static io.cxonebatch.domain.assignment.RosterEntry.USER_ID;
import static io.cxonebatch.domain.assignment.RosterEntry.WINDOW_END;
import static io.cxonebatch.domain.assignment.RosterEntry.WINDOW_START;

import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roster rules. {@link #validate} checks one row, reporting every violation at once; {@link #checkDispatch}
 * checks what one campaign's dispatch would send.
 *
 * <p>Codes, beyond those of {@link CellParser}: {@code SKILLS_EMPTY}, {@code WINDOW_END_NOT_AFTER_START},
 * {@code TIME_ZONE_NOT_ALLOWED_FOR_CAMPAIGN}, {@code AGENT_CONCURRENCY_OUT_OF_RANGE},
 * {@code RECENT_CALL_RATE_NEGATIVE}, {@code ROSTER_TOO_LARGE}, {@code DUPLICATE_AGENT}.
 */
public final class RosterValidator {

    public static final int MIN_AGENT_CONCURRENCY = 1;
    public static final int MAX_AGENT_CONCURRENCY = 2;

    private final int maxRosterSize;

    public RosterValidator(EngineLimits limits) {
        this.maxRosterSize = limits.maxRosterSize();
    }

    /**
     * Checks one roster row.
     *
     * @param allowedZones the zones the row's campaign allows; a row in any other zone is refused
     */
    public Validated<RosterAssignment> validate(RosterEntry entry, Set<ZoneId> allowedZones) {
        Violations violations = new Violations();
        CellParser cells = new CellParser(violations);

        String campaign = cells.required(CAMPAIGN, entry.campaign());
        String userId = cells.required(USER_ID, entry.userId());
        String skillsText = cells.required(SKILLS, entry.skills());
        List<String> skills = CellParser.list(skillsText);
        if (skillsText != null && skills.isEmpty()) {
            violations.add("SKILLS_EMPTY", SKILLS, SKILLS + " '" + skillsText + "' names no skill");
        }
        LocalTime start = cells.requiredLocalTime(WINDOW_START, entry.windowStart());
        LocalTime end = cells.requiredLocalTime(WINDOW_END, entry.windowEnd());
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add("WINDOW_END_NOT_AFTER_START", WINDOW_END,
                    WINDOW_END + " " + end + " is not after " + WINDOW_START + " " + start);
        }
        ZoneId zone = cells.requiredZone(TIMEZONE, entry.timezone());
        if (zone != null && !allowedZones.contains(zone)) {
            violations.add("TIME_ZONE_NOT_ALLOWED_FOR_CAMPAIGN", TIMEZONE, TIMEZONE + " " + zone.getId()
                    + " is not one of the zones campaign " + (campaign == null ? "(none)" : campaign) + " allows: "
                    + (allowedZones.isEmpty() ? "none" : String.join(", ", ids(allowedZones))));
        }
        Integer concurrency = cells.requiredInteger(MAX_CONCURRENT_CALLS, entry.maxConcurrentCalls());
        if (concurrency != null && (concurrency < MIN_AGENT_CONCURRENCY || concurrency > MAX_AGENT_CONCURRENCY)) {
            violations.add("AGENT_CONCURRENCY_OUT_OF_RANGE", MAX_CONCURRENT_CALLS, MAX_CONCURRENT_CALLS + " " + concurrency
                    + " must be " + MIN_AGENT_CONCURRENCY + " or " + MAX_AGENT_CONCURRENCY);
        }
        BigDecimal rate = cells.optionalDecimal(RECENT_CALL_RATE, entry.recentCallRate());
        if (rate != null && rate.signum() < 0) {
            violations.add("RECENT_CALL_RATE_NEGATIVE", RECENT_CALL_RATE,
                    RECENT_CALL_RATE + " " + CellParser.plain(rate) + " cannot be negative");
        }

        return violations.toValidated(() -> new RosterAssignment(Objects.requireNonNull(campaign),
                new AgentAssignment(Objects.requireNonNull(userId), new LinkedHashSet<>(skills), Objects.requireNonNull(start),
                        Objects.requireNonNull(end), Objects.requireNonNull(zone), Objects.requireNonNull(concurrency)),
                rate == null ? 0.0 : rate.doubleValue()));
    }

    /**
     * Checks one campaign's dispatch: at most the engine's roster size per dispatch, and each agent once.
     *
     * @return the roster unchanged, or every violation ({@code ROSTER_TOO_LARGE}, {@code DUPLICATE_AGENT})
     */
    public Validated<List<RosterAssignment>> checkDispatch(String campaignReference, List<RosterAssignment> roster) {
        Violations violations = new Violations();
        if (roster.size() > maxRosterSize) {
            violations.add("ROSTER_TOO_LARGE", CAMPAIGN, "campaign " + campaignReference + " has " + roster.size()
                    + " agents in one dispatch; at most " + maxRosterSize + " are allowed");
        }
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        for (RosterAssignment row : roster) {
            if (!seen.add(row.userId())) {
                repeated.add(row.userId());
            }
        }
        for (String userId : repeated) {
            violations.add("DUPLICATE_AGENT", USER_ID,
                    "campaign " + campaignReference + " lists " + USER_ID + " " + userId + " more than once");
        }
        return violations.toValidated(() -> List.copyOf(roster));
    }

    private static Set<String> ids(Collection<ZoneId> zones) {
        Set<String> ids = new TreeSet<>();
        for (ZoneId zone : zones) {
            ids.add(zone.getId());
        }
        return ids;
    }
}
