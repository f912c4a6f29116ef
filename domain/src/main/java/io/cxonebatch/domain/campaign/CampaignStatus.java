package io.cxonebatch.domain.campaign;

/**
 * The lifecycle of a CXone campaign. New campaigns start as {@link #DRAFT}; activation is asynchronous
 * ({@code DRAFT|SCHEDULED -> ACTIVATING -> ACTIVE}, or {@code FAILED}).
 */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVATING,
    ACTIVE,
    PAUSED,
    COMPLETED,
    FAILED,
    CANCELED
}
