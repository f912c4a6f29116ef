package io.cxonebatch.domain.schedule;

/** Which overlapping windows count as a schedule conflict. */
public enum ConflictScope {

    /**
     * The default: two windows conflict when they overlap in time and share the same queue or the same target
     * list. Windows with neither a queue nor a target list never conflict.
     */
    SHARED_RESOURCE,

    /**
     * Strict mode, as the source material does it: everything {@link #SHARED_RESOURCE} refuses, and in addition
     * any overlap at all with an existing CXone campaign that holds its schedule (ACTIVE or SCHEDULED), whatever
     * its queue and list. Plan rows, which are created as drafts, still conflict with each other only through a
     * shared resource.
     */
    ANY
}
