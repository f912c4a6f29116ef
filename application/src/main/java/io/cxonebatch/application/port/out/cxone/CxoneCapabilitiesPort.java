package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.schedule.ScheduleShape;

/**
 * What the tenant's CXone can do where its APIs differ (ADR 10), so that a job says no, or says what it does instead,
 * before anything is sent, rather than failing half way. Answers without calling CXone.
 */
public interface CxoneCapabilitiesPort {

    /** The calling windows a campaign's schedule can take; plan validation rejects the others. */
    ScheduleShape scheduleShape();

    /**
     * Whether CXone can notify by webhook. When it cannot, an event is observed by polling (a preview campaign's
     * activation by reading its status), and the job's summary says so instead of reporting a failed registration.
     */
    boolean notifiesByWebhook();
}
