package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.campaign.CampaignLimits;
import io.cxonebatch.domain.validation.CellParser;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the dialing engine and the licence allow, as configured. Defaults ({@link #defaults()}):
 * <ul>
 *   <li>max concurrent calls per campaign: 500</li>
 *   <li>min pacing interval: 30 s</li>
 *   <li>max throttle: 0.95</li>
 *   <li>approved time zones: America/New_York, America/Chicago, America/Denver, America/Phoenix,
 *       America/Los_Angeles, America/Anchorage, Pacific/Honolulu</li>
 *   <li>max abandonment rate: 0.03, the legal maximum; a configuration may lower it, never raise it</li>
 *   <li>max predictive rate: 3.0</li>
 *   <li>max concurrent preview campaigns (licensed): 10</li>
 *   <li>max agents per roster dispatch: 100</li>
 * </ul>
 */
public record EngineLimits(
        int maxConcurrentCalls,
        Duration minPacingInterval,
        double maxThrottle,
        Set<ZoneId> approvedTimeZones,
        double maxAbandonmentRate,
        double maxPredictiveRate,
        int maxConcurrentPreviews,
        int maxRosterSize) implements CampaignLimits {

    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 500;
    public static final Duration DEFAULT_MIN_PACING_INTERVAL = Duration.ofSeconds(30);
    public static final double DEFAULT_MAX_THROTTLE = 0.95;
    public static final Set<ZoneId> DEFAULT_APPROVED_TIME_ZONES = Set.of(
            ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"), ZoneId.of("America/Denver"),
            ZoneId.of("America/Phoenix"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Anchorage"),
            ZoneId.of("Pacific/Honolulu"));
    public static final double DEFAULT_MAX_PREDICTIVE_RATE = 3.0;
    public static final int DEFAULT_MAX_CONCURRENT_PREVIEWS = 10;
    public static final int DEFAULT_MAX_ROSTER_SIZE = 100;

    /**
     * @throws IllegalArgumentException naming the value when a limit is out of its possible range, including an
     *     abandonment rate above the legal maximum
     */
    public EngineLimits {
        if (minPacingInterval == null || approvedTimeZones == null) {
            throw new IllegalArgumentException("engine limits need a minimum pacing interval and approved time zones");
        }
        approvedTimeZones = Set.copyOf(approvedTimeZones);
        requireAtLeast("max concurrent calls", maxConcurrentCalls, 1);
        if (minPacingInterval.isNegative() || minPacingInterval.isZero()) {
            throw new IllegalArgumentException("min pacing interval " + minPacingInterval + " must be positive");
        }
        if (!(maxThrottle > 0 && maxThrottle <= 1)) {
            throw new IllegalArgumentException("max throttle " + maxThrottle + " must be a fraction in (0, 1]");
        }
        if (approvedTimeZones.isEmpty()) {
            throw new IllegalArgumentException("at least one time zone must be approved");
        }
        if (!(maxAbandonmentRate >= 0 && maxAbandonmentRate <= LEGAL_MAX_ABANDONMENT_RATE)) {
            throw new IllegalArgumentException("max abandonment rate " + CellParser.plain(maxAbandonmentRate)
                    + " must be in [0, " + CellParser.plain(LEGAL_MAX_ABANDONMENT_RATE) + "], the legal maximum");
        }
        if (!(maxPredictiveRate > 0) || Double.isInfinite(maxPredictiveRate)) {
            throw new IllegalArgumentException("max predictive rate " + maxPredictiveRate + " must be above 0");
        }
        requireAtLeast("max concurrent previews", maxConcurrentPreviews, 0);
        requireAtLeast("max roster size", maxRosterSize, 1);
    }

    public static EngineLimits defaults() {
        return new EngineLimits(DEFAULT_MAX_CONCURRENT_CALLS, DEFAULT_MIN_PACING_INTERVAL, DEFAULT_MAX_THROTTLE,
                DEFAULT_APPROVED_TIME_ZONES, LEGAL_MAX_ABANDONMENT_RATE, DEFAULT_MAX_PREDICTIVE_RATE,
                DEFAULT_MAX_CONCURRENT_PREVIEWS, DEFAULT_MAX_ROSTER_SIZE);
    }

    public boolean isApproved(ZoneId zone) {
        return approvedTimeZones.contains(zone);
    }

    /**
     * Whether one more preview campaign may be activated while {@code activePreviews} are active: allowed when
     * {@code activePreviews + 1 <= maxConcurrentPreviews}.
     */
    public PreviewAdmission admitPreview(int activePreviews) {
        if (activePreviews < 0) {
            throw new IllegalArgumentException("active preview count " + activePreviews + " cannot be negative");
        }
        return activePreviews + 1 <= maxConcurrentPreviews
                ? new PreviewAdmission.Admitted(activePreviews, maxConcurrentPreviews)
                : new PreviewAdmission.Refused(activePreviews, maxConcurrentPreviews);
    }

    public EngineLimits withMaxConcurrentCalls(int value) {
        return new EngineLimits(value, minPacingInterval, maxThrottle, approvedTimeZones, maxAbandonmentRate,
                maxPredictiveRate, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withMinPacingInterval(Duration value) {
        return new EngineLimits(maxConcurrentCalls, value, maxThrottle, approvedTimeZones, maxAbandonmentRate,
                maxPredictiveRate, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withMaxThrottle(double value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, value, approvedTimeZones, maxAbandonmentRate,
                maxPredictiveRate, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withApprovedTimeZones(Set<ZoneId> value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, maxThrottle, value, maxAbandonmentRate,
                maxPredictiveRate, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withMaxAbandonmentRate(double value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, maxThrottle, approvedTimeZones, value,
                maxPredictiveRate, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withMaxPredictiveRate(double value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, maxThrottle, approvedTimeZones,
                maxAbandonmentRate, value, maxConcurrentPreviews, maxRosterSize);
    }

    public EngineLimits withMaxConcurrentPreviews(int value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, maxThrottle, approvedTimeZones,
                maxAbandonmentRate, maxPredictiveRate, value, maxRosterSize);
    }

    public EngineLimits withMaxRosterSize(int value) {
        return new EngineLimits(maxConcurrentCalls, minPacingInterval, maxThrottle, approvedTimeZones,
                maxAbandonmentRate, maxPredictiveRate, maxConcurrentPreviews, value);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " " + value + " must be at least " + minimum);
        }
    }
}
