package io.cxonebatch.sandbox.internal;

/** The lifecycle the sandbox models; CANCELED and COMPLETED exist in the contract but no call leads there. */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVATING,
    ACTIVE,
    FAILED,
    CANCELED,
    COMPLETED;

    /** FAILED, CANCELED and COMPLETED: states an activation cannot leave. */
    public boolean isTerminal() {
        return this == FAILED || this == CANCELED || this == COMPLETED;
    }

    /** Whether a preview campaign in this state holds one of the licensed concurrent previews. */
    public boolean holdsPreviewLicence() {
        return this == ACTIVE || this == ACTIVATING;
    }
}
