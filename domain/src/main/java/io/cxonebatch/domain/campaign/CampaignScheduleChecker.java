package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.schedule.Booking;
import io.cxonebatch.domain.schedule.BookingOrigin;
import io.cxonebatch.domain.schedule.ConflictScope;
import io.cxonebatch.domain.schedule.ScheduleBook;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Validated;
import org.jspecify.annotations.Nullable;

/**
 * Schedule conflicts of a provisioning run: first the campaigns CXone already has, then the plan's rows in plan
 * order. Existing campaigns count only while they hold their schedule ({@link CampaignStatus#holdsSchedule()}:
 * ACTIVE or SCHEDULED). The first row to claim a slot keeps it; a later row that conflicts is rejected with
 * {@code SCHEDULE_CONFLICT} naming what it clashes with (see {@link ScheduleBook}). Not thread-safe.
 */
public final class CampaignScheduleChecker {

    private final ScheduleBook book;

    public CampaignScheduleChecker(ConflictScope scope) {
        this.book = new ScheduleBook(scope);
    }

    /**
     * Books an existing CXone campaign's window if its status holds it.
     *
     * @param createdFor the plan key the project created it for, when it did; the plan row with that key does not
     *     clash with it on a re-run
     * @return whether the campaign was booked
     */
    public boolean addExisting(CampaignId id, String name, CampaignStatus status, ScheduleWindow window,
            @Nullable String queueId, @Nullable String targetListId, @Nullable ExternalKey createdFor) {
        if (!status.holdsSchedule()) {
            return false;
        }
        book.book(new Booking("campaign '" + name + "' (" + id + ", " + status + ")",
                createdFor == null ? null : createdFor.value(), window, queueId, targetListId,
                BookingOrigin.EXISTING_CAMPAIGN));
        return true;
    }

    /**
     * Claims the window of a checked plan row, on its queue and on the list it dials
     * ({@link CampaignSpec#dialledListId()}).
     *
     * @param rowLabel how messages name the row, e.g. {@link CampaignPlanEntry#label()}
     * @return the spec when its window is free; otherwise a {@code SCHEDULE_CONFLICT} violation
     */
    public Validated<CampaignSpec> claim(CampaignSpec spec, String rowLabel) {
        Booking booking = Booking.planRow(rowLabel, spec.externalKey().value(), spec.window(), spec.queueId(), spec.dialledListId());
        return book.claim(booking).map(claimed -> spec);
    }

    /** How many windows are booked so far. */
    public int booked() {
        return book.size();
    }
}
