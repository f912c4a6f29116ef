package io.cxonebatch.domain.schedule;

/**
 * What to do with a plan's local time that daylight saving makes missing (a gap) or repeated (an overlap).
 */
public enum DstPolicy {

    /**
     * Resolve and report. A local time in a gap moves forward by the gap's length (02:30 becomes 03:30 on a
     * spring-forward day). In an overlap a window's start takes the later occurrence and its end the earlier
     * one, so that a window never silently grows by the repeated hour; when start and end fall in the same
     * overlap both take the earlier occurrence, which keeps the window as long as the plan wrote it.
     */
    SHIFT,

    /** Refuse: a local time in a gap or an overlap is a violation. */
    STRICT
}
