package io.cxonebatch.sandbox.internal;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The statuses of the contract. No API call leads to PAUSED, CANCELED or COMPLETED: only an operator's override
 * ({@link OperatorActions}) does, as another user of the tenant would.
 */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVATING,
    ACTIVE,
    PAUSED,
    FAILED,
    CANCELED,
    COMPLETED;

    /** FAILED, CANCELED and COMPLETED: states an activation cannot leave. */
    public boolean isTerminal() {
        return this == FAILED || this == CANCELED || this == COMPLETED;
    }

    /**
     * Whether a preview campaign in this state holds one of the licensed concurrent previews: ACTIVE or ACTIVATING.
     * A PAUSED one dials nothing, so it holds none and {@code status=active} does not list it.
     */
    public boolean holdsPreviewLicence() {
        return this == ACTIVE || this == ACTIVATING;
    }

    /** The status of that name, ignoring case; empty for anything else, null included. */
    public static Optional<CampaignStatus> named(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (CampaignStatus status : values()) {
            if (status.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
