package io.cxonebatch.application.provisioning;

import io.cxonebatch.application.kit.ItemStatus;

/**
 * The campaign-provisioning job: its name, as the job repository, the audit and the command line know it, and its
 * words for the kit's item statuses, as its report and the {@code plan_row} view show them.
 */
public final class ProvisioningJob {

    public static final String NAME = "campaign-provisioning";

    private ProvisioningJob() {
    }

    /** What a plan row's status is called in this job's report. */
    public static String statusWord(ItemStatus status) {
        return switch (status) {
            case DONE -> "PROVISIONED";
            case ALREADY_DONE -> "ALREADY_PRESENT";
            default -> status.name();
        };
    }
}
