package io.cxonebatch.application.assignment;

import io.cxonebatch.application.kit.ItemReport;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.domain.assignment.RosterEntry;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The agent-assignment job's name, and its words for the kit's item statuses and its report. */
public final class AssignmentJob {

    public static final String NAME = "agent-assignment";
    /** The topic of the notification each accepted dispatch sends the workforce-management webhook. */
    public static final String DISPATCHED_TOPIC = "agents.dispatched";
    public static final ItemReport.Words REPORT = new ItemReport.Words("Roster", "campaign", "assignment_id", "assigned",
            "already assigned", AssignmentJob::statusWord, RosterEntry.LAYOUT.columns());

    private AssignmentJob() {
    }

    /** What the summary says of a run's dispatch notifications. */
    public static String notificationsLine(@Nullable URI webhook, NotificationCounts counts) {
        if (webhook == null) {
            return "Workforce management: no webhook configured (cxone-batch.assignment.workforce-webhook-uri), nobody notified";
        }
        return "Workforce management: " + counts.total() + " dispatch notifications for " + webhook.getHost()
                + " (delivered " + counts.delivered() + ", pending " + counts.pending() + ", dead " + counts.dead()
                + "; the outbox delivers the pending ones)";
    }

    /** What a roster row's status is called in this job's report. */
    public static String statusWord(ItemStatus status) {
        return switch (status) {
            case DONE -> "ASSIGNED";
            case ALREADY_DONE -> "ALREADY_ASSIGNED";
            default -> status.name();
        };
    }
}
