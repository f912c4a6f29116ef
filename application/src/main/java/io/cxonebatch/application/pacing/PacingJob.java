package io.cxonebatch.application.pacing;

import io.cxonebatch.application.kit.ItemReport;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.domain.pacing.PacingPlanEntry;

/** The dialer-parameter-update job's name, and its words for the kit's item statuses. */
public final class PacingJob {

    public static final String NAME = "dialer-parameter-update";
    public static final ItemReport.Words REPORT = new ItemReport.Words("Pacing plan", "campaign", "campaign_id", "updated",
            "already in place", PacingJob::statusWord, PacingPlanEntry.LAYOUT.columns());

    private PacingJob() {
    }

    /** What a pacing row's status is called in this job's report. */
    public static String statusWord(ItemStatus status) {
        return switch (status) {
            case DONE -> "UPDATED";
            case ALREADY_DONE -> "ALREADY_IN_PLACE";
            default -> status.name();
        };
    }
}
