package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine limits a campaign's dialing must respect, with the checks against them. The pacing package's
 * {@code EngineLimits} implements this; campaign rules depend only on this view of it.
 *
 * <p>Codes: {@code MAX_CONCURRENT_CALLS_OUT_OF_RANGE}, {@code ABANDON_THRESHOLD_OUT_OF_RANGE},
 * {@code ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM}, {@code PREDICTIVE_RATE_NOT_POSITIVE},
 * {@code PREDICTIVE_RATE_ABOVE_MAXIMUM}, {@code TIME_ZONE_NOT_APPROVED}.
 */
public interface CampaignLimits {

    /** The abandonment rate the law allows (3 % of answered calls); no configuration may exceed it. */
    double LEGAL_MAX_ABANDONMENT_RATE = 0.03;

    int maxConcurrentCalls();

    double maxAbandonmentRate();

    double maxPredictiveRate();

    Set<ZoneId> approvedTimeZones();

    /** Concurrent calls must be 1 up to the engine limit. */
    default void checkMaxConcurrentCalls(String field, int value, Violations violations) {
        if (value < 1 || value > maxConcurrentCalls()) {
            violations.add("MAX_CONCURRENT_CALLS_OUT_OF_RANGE", field,
                    field + " " + value + " is outside 1.." + maxConcurrentCalls() + " (the engine limit)");
        }
    }

    /** An abandon threshold is a fraction in [0, 1] and at most the configured maximum. */
    default void checkAbandonThreshold(String field, BigDecimal value, Violations violations) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            violations.add("ABANDON_THRESHOLD_OUT_OF_RANGE", field,
                    field + " " + CellParser.plain(value) + " is not a fraction in [0, 1]");
        } else if (value.compareTo(BigDecimal.valueOf(maxAbandonmentRate())) > 0) {
            String which = maxAbandonmentRate() == LEGAL_MAX_ABANDONMENT_RATE ? "legal" : "configured";
            violations.add("ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM", field, field + " " + CellParser.plain(value)
                    + " is above the " + which + " maximum " + CellParser.plain(maxAbandonmentRate()));
        }
    }

    /** A predictive rate is above 0 and at most the configured maximum. */
    default void checkPredictiveRate(String field, BigDecimal value, Violations violations) {
        if (value.signum() <= 0) {
            violations.add("PREDICTIVE_RATE_NOT_POSITIVE", field,
                    field + " " + CellParser.plain(value) + " must be above 0");
        } else if (value.compareTo(BigDecimal.valueOf(maxPredictiveRate())) > 0) {
            violations.add("PREDICTIVE_RATE_ABOVE_MAXIMUM", field, field + " " + CellParser.plain(value)
                    + " is above the maximum " + CellParser.plain(maxPredictiveRate()));
        }
    }

    /** The zone must be one of the approved time zones. */
    default void checkApprovedZone(String field, ZoneId zone, Violations violations) {
        if (!approvedTimeZones().contains(zone)) {
            Set<String> approved = new TreeSet<>();
            for (ZoneId approvedZone : approvedTimeZones()) {
                approved.add(approvedZone.getId());
            }
            violations.add("TIME_ZONE_NOT_APPROVED", field, field + " " + zone.getId()
                    + " is not an approved time zone; approved are " + String.join(", ", approved));
        }
    }
}
