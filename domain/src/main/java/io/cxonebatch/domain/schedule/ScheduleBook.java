package io.cxonebatch.domain.schedule;

import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The windows already promised, and the conflicts a new window would have with them, under a
 * {@link ConflictScope}. Overlap is decided on UTC instants, so windows planned in different zones compare
 * correctly; touching windows (one ends when the other starts) do not conflict.
 *
 * <p>Each booking is indexed per queue and per target list (and, for existing campaigns, in one index of all of
 * them), in interval trees: adding costs O(log n) and a query O(log n + conflicts), so a plan of a hundred
 * thousand rows against thousands of existing campaigns is checked without comparing every pair.
 *
 * <p>Not thread-safe: one book serves one provisioning run, which claims its rows in plan order.
 */
public final class ScheduleBook {

    /** The field conflict violations are reported on. */
    public static final String CONFLICT_FIELD = ScheduleWindowResolver.START_FIELD;

    private static final int CLASHES_NAMED = 3;

    private record Entry(long sequence, Booking booking) {}

    private final ConflictScope scope;
    private final Map<String, IntervalIndex<Entry>> byQueue = new HashMap<>();
    private final Map<String, IntervalIndex<Entry>> byTargetList = new HashMap<>();
    private final IntervalIndex<Entry> existingCampaigns = new IntervalIndex<>();
    private long nextSequence;

    public ScheduleBook(ConflictScope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    public ConflictScope scope() {
        return scope;
    }

    /** How many windows are booked. */
    public int size() {
        return (int) nextSequence;
    }

    /**
     * Books a window whatever it conflicts with; used for campaigns that already exist in CXone. Callers add only
     * campaigns that hold their schedule (ACTIVE or SCHEDULED).
     */
    public void book(Booking booking) {
        Entry entry = new Entry(nextSequence++, booking);
        ScheduleWindow window = booking.window();
        if (booking.queueId() != null) {
            byQueue.computeIfAbsent(booking.queueId(), id -> new IntervalIndex<>())
                    .add(window.start(), window.end(), entry.sequence(), entry);
        }
        if (booking.targetListId() != null) {
            byTargetList.computeIfAbsent(booking.targetListId(), id -> new IntervalIndex<>())
                    .add(window.start(), window.end(), entry.sequence(), entry);
        }
        if (booking.origin() == BookingOrigin.EXISTING_CAMPAIGN) {
            existingCampaigns.add(window.start(), window.end(), entry.sequence(), entry);
        }
    }

    /**
     * The booked windows {@code candidate} conflicts with, in the order they were booked. A booking of the same
     * campaign (same {@link Booking#campaignKey()}) is never a conflict.
     */
    public List<Booking> conflictsOf(Booking candidate) {
        ScheduleWindow window = candidate.window();
        List<Entry> found = new ArrayList<>();
        if (candidate.queueId() != null) {
            collect(byQueue.get(candidate.queueId()), window, found);
        }
        if (candidate.targetListId() != null) {
            collect(byTargetList.get(candidate.targetListId()), window, found);
        }
        if (scope == ConflictScope.ANY) {
            existingCampaigns.collectOverlapping(window.start(), window.end(), found);
        }
        found.sort(Comparator.comparingLong(Entry::sequence));
        List<Booking> conflicts = new ArrayList<>(found.size());
        long previous = -1;
        for (Entry entry : found) {
            if (entry.sequence() != previous && !entry.booking().sameCampaignAs(candidate)) {
                conflicts.add(entry.booking());
                previous = entry.sequence();
            }
        }
        return conflicts;
    }

    /**
     * Books {@code candidate} if it conflicts with nothing booked so far; the first claimant of a slot keeps it.
     *
     * @return the booking; or a {@code SCHEDULE_CONFLICT} violation naming the first clashing bookings, their
     *     windows and the shared queue or list, and how many more there are
     */
    public Validated<Booking> claim(Booking candidate) {
        List<Booking> conflicts = conflictsOf(candidate);
        if (conflicts.isEmpty()) {
            book(candidate);
            return Validated.valid(candidate);
        }
        StringBuilder message = new StringBuilder()
                .append(candidate.owner()).append(" window ").append(describe(candidate.window())).append(" clashes with ");
        for (int i = 0; i < Math.min(CLASHES_NAMED, conflicts.size()); i++) {
            Booking other = conflicts.get(i);
            if (i > 0) {
                message.append("; ");
            }
            message.append(other.owner()).append(" (").append(describe(other.window())).append(", ")
                    .append(reason(candidate, other)).append(')');
        }
        if (conflicts.size() > CLASHES_NAMED) {
            message.append("; and ").append(conflicts.size() - CLASHES_NAMED).append(" more");
        }
        return Validated.invalid(Violation.of("SCHEDULE_CONFLICT", CONFLICT_FIELD, message.toString()));
    }

    private static void collect(@Nullable IntervalIndex<Entry> index, ScheduleWindow window, List<Entry> found) {
        if (index != null) {
            index.collectOverlapping(window.start(), window.end(), found);
        }
    }

    private static String reason(Booking candidate, Booking other) {
        if (candidate.queueId() != null && candidate.queueId().equals(other.queueId())) {
            return "same queue " + other.queueId();
        }
        if (candidate.targetListId() != null && candidate.targetListId().equals(other.targetListId())) {
            return "same target list " + other.targetListId();
        }
        return "overlaps an ACTIVE or SCHEDULED campaign";
    }

    private static String describe(ScheduleWindow window) {
        return window.startInZone().toOffsetDateTime() + " to " + window.endInZone().toOffsetDateTime()
                + " " + window.zone().getId();
    }
}
