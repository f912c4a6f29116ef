package io.cxonebatch.domain.schedule;

/** Where a booked window comes from. */
public enum BookingOrigin {
    /** A campaign that already exists in CXone and holds its schedule (ACTIVE or SCHEDULED). */
    EXISTING_CAMPAIGN,
    /** A row of the plan being provisioned. */
    PLAN_ROW
}
