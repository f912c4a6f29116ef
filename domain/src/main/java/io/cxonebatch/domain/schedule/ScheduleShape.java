package io.cxonebatch.domain.schedule;

/**
 * Which calling windows the tenant's CXone can hold as a campaign's schedule. Plan validation rejects a window the
 * tenant cannot hold, with the reason, before anything is created.
 */
public enum ScheduleShape {

    /** One span of local time, of any length: the contract's schedule. */
    ANY_WINDOW,

    /**
     * The same hours on every day of the week: the Admin API's weekly skill schedule, accepted only with all seven
     * days active. A window within one day maps to those hours each day (its dates bounded by starting and stopping
     * the skill); a window over several days (Monday 08:00 to Friday 17:00) has no such form.
     */
    SAME_HOURS_EVERY_DAY
}
