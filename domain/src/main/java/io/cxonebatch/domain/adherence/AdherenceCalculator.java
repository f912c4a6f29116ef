package io.cxonebatch.domain.adherence;

import io.cxonebatch.domain.schedule.CallingHours;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@link ScheduleAdherence} from a planned window and the intervals in which a campaign dialled.
 * Analytics reports the same interval once per disposition, so intervals are merged first and overlapping
 * time counts once.
 */
public final class AdherenceCalculator {

    private final CallingHours callingHours;

    public AdherenceCalculator(CallingHours callingHours) {
        this.callingHours = Objects.requireNonNull(callingHours, "callingHours");
    }

    /** Adherence with calling hours taken in the planned window's zone. */
    public ScheduleAdherence compute(ScheduleWindow planned, Collection<TimeSpan> dialled) {
        return compute(planned, dialled, planned.zone());
    }

    /** Adherence with calling hours taken in {@code calledPartyZone}. */
    public ScheduleAdherence compute(ScheduleWindow planned, Collection<TimeSpan> dialled, ZoneId calledPartyZone) {
        List<TimeSpan> merged = merge(dialled);
        TimeSpan window = planned.span();
        Duration total = Duration.ZERO;
        Duration inside = Duration.ZERO;
        List<TimeSpan> violations = new ArrayList<>();
        Duration outsideHours = Duration.ZERO;
        for (TimeSpan span : merged) {
            total = total.plus(span.duration());
            inside = inside.plus(span.intersection(window).map(TimeSpan::duration).orElse(Duration.ZERO));
            for (TimeSpan outside : callingHours.outside(span.start(), span.end(), calledPartyZone)) {
                violations.add(outside);
                outsideHours = outsideHours.plus(outside.duration());
            }
        }
        double adherence = total.isZero() ? 1.0 : (double) inside.toMillis() / total.toMillis();
        return new ScheduleAdherence(
                Math.min(1.0, adherence), total, total.minus(inside), planned.duration().minus(inside), violations, outsideHours);
    }

    private static List<TimeSpan> merge(Collection<TimeSpan> spans) {
        List<TimeSpan> sorted = new ArrayList<>(spans);
        sorted.removeIf(TimeSpan::isEmpty);
        sorted.sort(Comparator.comparing(TimeSpan::start));
        List<TimeSpan> merged = new ArrayList<>();
        @Nullable Instant start = null;
        @Nullable Instant end = null;
        for (TimeSpan span : sorted) {
            if (end != null && !span.start().isAfter(end)) {
                end = span.end().isAfter(end) ? span.end() : end;
            } else {
                if (start != null) {
                    merged.add(new TimeSpan(start, end));
                }
                start = span.start();
                end = span.end();
            }
        }
        if (start != null) {
            merged.add(new TimeSpan(start, end));
        }
        return merged;
    }
}
