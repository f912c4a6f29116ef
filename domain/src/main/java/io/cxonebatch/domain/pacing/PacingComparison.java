package io.cxonebatch.domain.pacing;

import io.cxonebatch.domain.validation.CellParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares dialer parameters field by field, in the pacing plan's words: what a change would move (nothing, when
 * the values are already in place), and how much of what was asked CXone holds when read back. Pacing types compare
 * ignoring case, throttles to the ninth decimal place (a JSON round trip may move the last bit of a double).
 */
public final class PacingComparison {

    private static final double THROTTLE_TOLERANCE = 1e-9;

    private PacingComparison() {
    }

    /** The fields of {@code wanted} that differ from {@code current}, in plan column order; every field when current is null. */
    public static List<PacingFieldChange> changes(@Nullable PacingSettings current, PacingSettings wanted) {
        Map<String, String> asked = fields(wanted);
        Map<String, String> held = current == null ? Map.of() : fields(current);
        List<PacingFieldChange> changes = new ArrayList<>();
        asked.forEach((field, value) -> {
            String now = held.get(field);
            if (current == null || !same(field, now, value, current, wanted)) {
                changes.add(new PacingFieldChange(field, now, value));
            }
        });
        return changes;
    }

    /**
     * The share, in [0, 1], of the fields asked for that {@code held} has as asked: 1 when CXone holds every one, 0
     * when it holds none (or no dialer parameters at all).
     */
    public static double accuracy(PacingSettings asked, @Nullable PacingSettings held) {
        int fields = fields(asked).size();
        return (double) (fields - changes(held, asked).size()) / fields;
    }

    private static boolean same(String field, @Nullable String held, String asked, PacingSettings current, PacingSettings wanted) {
        return switch (field) {
            case PacingPlanEntry.PACING_TYPE -> current.pacingType().strip().equalsIgnoreCase(wanted.pacingType().strip());
            case PacingPlanEntry.THROTTLE_PERCENT -> Math.abs(current.throttlePercent() - wanted.throttlePercent()) < THROTTLE_TOLERANCE;
            default -> Objects.equals(held, asked);
        };
    }

    /** The settings as text by pacing-plan column, in plan column order. */
    public static Map<String, String> fields(PacingSettings settings) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(PacingPlanEntry.DIALER_TYPE, settings.dialerType().name().toLowerCase(Locale.ROOT));
        fields.put(PacingPlanEntry.MAX_CONCURRENT_CALLS, Integer.toString(settings.maxConcurrentCalls()));
        fields.put(PacingPlanEntry.PACING_TYPE, settings.pacingType());
        fields.put(PacingPlanEntry.INTERVAL_SECONDS, Integer.toString(settings.intervalSeconds()));
        fields.put(PacingPlanEntry.MAX_CALLS_PER_INTERVAL, Integer.toString(settings.maxCallsPerInterval()));
        fields.put(PacingPlanEntry.THROTTLE_PERCENT, CellParser.plain(settings.throttlePercent()));
        fields.put(PacingPlanEntry.TIMEZONE, settings.timeZone().getId());
        fields.put(PacingPlanEntry.AUTO_REBALANCE, Boolean.toString(settings.autoRebalance()));
        fields.put(PacingPlanEntry.QUEUE_PRIORITY, Integer.toString(settings.queuePriority()));
        return fields;
    }
}
