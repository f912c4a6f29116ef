package io.cxonebatch.domain.schedule;

import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violations;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a plan's local start and end in an IANA zone into a {@link ScheduleWindow}, resolving daylight-saving
 * gaps and overlaps by a {@link DstPolicy} and reporting what it adjusted.
 *
 * <p>Codes: {@code LOCAL_TIME_IN_DST_GAP} and {@code LOCAL_TIME_IN_DST_OVERLAP} (strict policy only),
 * {@code END_NOT_AFTER_START}. Fields are the plan columns {@value #START_FIELD} and {@value #END_FIELD}.
 */
public final class ScheduleWindowResolver {

    public static final String START_FIELD = "start_local";
    public static final String END_FIELD = "end_local";

    private enum Edge { START, END }

    private final DstPolicy policy;

    public ScheduleWindowResolver(DstPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public DstPolicy policy() {
        return policy;
    }

    /** Every violation of both ends and of their order, or the window with its adjustments. */
    public Validated<ResolvedWindow> resolve(ZoneId zone, LocalDateTime start, LocalDateTime end) {
        Violations violations = new Violations();
        List<DstAdjustment> adjustments = new ArrayList<>();
        @Nullable ZoneOffsetTransition startTransition = zone.getRules().getTransition(start);
        @Nullable ZoneOffsetTransition endTransition = zone.getRules().getTransition(end);
        boolean sameOverlap = startTransition != null && startTransition.isOverlap()
                && startTransition.equals(endTransition) && end.isAfter(start);

        ZonedDateTime from = resolve(zone, start, Edge.START, sameOverlap, violations, adjustments);
        ZonedDateTime to = resolve(zone, end, Edge.END, sameOverlap, violations, adjustments);
        if (from != null && to != null && !to.toInstant().isAfter(from.toInstant())) {
            violations.add("END_NOT_AFTER_START", END_FIELD, END_FIELD + " " + end + " (" + to.toOffsetDateTime()
                    + ") is not after " + START_FIELD + " " + start + " (" + from.toOffsetDateTime() + ") in " + zone.getId());
        }
        return violations.toValidated(() -> new ResolvedWindow(
                new ScheduleWindow(zone, Objects.requireNonNull(from).toInstant(), Objects.requireNonNull(to).toInstant()),
                adjustments));
    }

    private @Nullable ZonedDateTime resolve(ZoneId zone, LocalDateTime local, Edge edge, boolean sameOverlap,
            Violations violations, List<DstAdjustment> adjustments) {
        String field = edge == Edge.START ? START_FIELD : END_FIELD;
        @Nullable ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition == null) {
            return local.atZone(zone);
        }
        if (transition.isGap()) {
            if (policy == DstPolicy.STRICT) {
                violations.add("LOCAL_TIME_IN_DST_GAP", field, field + " " + local + " does not exist in " + zone.getId()
                        + ": clocks jump from " + transition.getDateTimeBefore().toLocalTime() + " to "
                        + transition.getDateTimeAfter().toLocalTime() + " on " + transition.getDateTimeBefore().toLocalDate());
                return null;
            }
            ZonedDateTime shifted = ZonedDateTime.ofLocal(local, zone, null);
            adjustments.add(new DstAdjustment(field, local, shifted, DstAdjustment.Kind.GAP_SHIFTED_FORWARD));
            return shifted;
        }
        if (policy == DstPolicy.STRICT) {
            violations.add("LOCAL_TIME_IN_DST_OVERLAP", field, field + " " + local + " occurs twice in " + zone.getId()
                    + " (at " + transition.getOffsetBefore() + " and " + transition.getOffsetAfter() + "): clocks fall back from "
                    + transition.getDateTimeBefore().toLocalTime() + " to " + transition.getDateTimeAfter().toLocalTime()
                    + " on " + transition.getDateTimeBefore().toLocalDate());
            return null;
        }
        boolean later = edge == Edge.START && !sameOverlap;
        ZoneOffset offset = later ? transition.getOffsetAfter() : transition.getOffsetBefore();
        ZonedDateTime chosen = ZonedDateTime.ofLocal(local, zone, offset);
        adjustments.add(new DstAdjustment(field, local, chosen,
                later ? DstAdjustment.Kind.OVERLAP_LATER_OFFSET : DstAdjustment.Kind.OVERLAP_EARLIER_OFFSET));
        return chosen;
    }
}
