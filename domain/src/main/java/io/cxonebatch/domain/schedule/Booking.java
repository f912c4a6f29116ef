package io.cxonebatch.domain.schedule;

import io.cxonebatch.domain.validation.CellParser;
import org.jspecify.annotations.Nullable;

/**
 * A window held in a {@link ScheduleBook}, with the resources it uses. Blank ids count as absent.
 *
 * @param owner how conflict messages name it, e.g. {@code campaign 'Q3 Outreach' (camp_12)} or
 *     {@code line 14 (external_key Q3-EAST)}
 * @param campaignKey the plan's key of the campaign, when known; bookings with the same key never conflict, so
 *     that a re-run does not clash with the campaign its own row created
 */
public record Booking(
        String owner,
        @Nullable String campaignKey,
        ScheduleWindow window,
        @Nullable String queueId,
        @Nullable String targetListId,
        BookingOrigin origin) {

    public Booking {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a booking needs an owner to name in conflicts");
        }
        if (window == null || origin == null) {
            throw new IllegalArgumentException("booking '" + owner + "' needs a window and an origin");
        }
        campaignKey = CellParser.optional(campaignKey);
        queueId = CellParser.optional(queueId);
        targetListId = CellParser.optional(targetListId);
    }

    public static Booking existingCampaign(
            String owner, ScheduleWindow window, @Nullable String queueId, @Nullable String targetListId) {
        return new Booking(owner, null, window, queueId, targetListId, BookingOrigin.EXISTING_CAMPAIGN);
    }

    public static Booking planRow(
            String owner, String campaignKey, ScheduleWindow window, @Nullable String queueId, @Nullable String targetListId) {
        return new Booking(owner, campaignKey, window, queueId, targetListId, BookingOrigin.PLAN_ROW);
    }

    /** True when both use the same queue or the same target list. */
    public boolean sharesResourceWith(Booking other) {
        return (queueId != null && queueId.equals(other.queueId))
                || (targetListId != null && targetListId.equals(other.targetListId));
    }

    /** True when both bookings belong to the same campaign of the plan. */
    public boolean sameCampaignAs(Booking other) {
        return campaignKey != null && campaignKey.equals(other.campaignKey);
    }
}
