package io.cxonebatch.domain.campaign;

import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a CXone campaign. New campaigns start as {@link #DRAFT}; activation is asynchronous
 * ({@code DRAFT|SCHEDULED -> ACTIVATING -> ACTIVE}, or {@code FAILED}).
 *
 * <p>Allowed transitions ({@link #canTransitionTo}):
 * <table>
 *   <caption>campaign status transitions</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>DRAFT</td><td>SCHEDULED, ACTIVATING, CANCELED</td></tr>
 *   <tr><td>SCHEDULED</td><td>ACTIVATING, CANCELED, DRAFT</td></tr>
 *   <tr><td>ACTIVATING</td><td>ACTIVE, FAILED</td></tr>
 *   <tr><td>ACTIVE</td><td>PAUSED, COMPLETED, CANCELED</td></tr>
 *   <tr><td>PAUSED</td><td>ACTIVE, COMPLETED, CANCELED</td></tr>
 *   <tr><td>COMPLETED, FAILED, CANCELED</td><td>none (terminal)</td></tr>
 * </table>
 * Staying in the same status is not a transition.
 */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    ACTIVATING,
    ACTIVE,
    PAUSED,
    COMPLETED,
    FAILED,
    CANCELED;

    /** True for the states a campaign never leaves: {@code COMPLETED}, {@code FAILED}, {@code CANCELED}. */
    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELED;
    }

    /**
     * True when an activation poll can stop: the campaign is {@code ACTIVE} or terminal. {@code PAUSED} also
     * counts, since a campaign can only be paused after it became active, so the activation did complete.
     */
    public boolean endsActivation() {
        return this == ACTIVE || this == PAUSED || isTerminal();
    }

    /** True when an activation may be requested: {@code DRAFT} or {@code SCHEDULED}. */
    public boolean isActivatable() {
        return this == DRAFT || this == SCHEDULED;
    }

    /**
     * True when a campaign in this status holds its schedule window against others: {@code ACTIVE} or
     * {@code SCHEDULED}. Only these take part in schedule-conflict checks against existing CXone campaigns.
     */
    public boolean holdsSchedule() {
        return this == ACTIVE || this == SCHEDULED;
    }

    /** Whether CXone may move a campaign from this status straight to {@code next}; see the class table. */
    public boolean canTransitionTo(CampaignStatus next) {
        return successors().contains(next);
    }

    /** The statuses reachable in one step from this one; empty for terminal statuses. */
    /**
     * Whether {@code next} can follow this status through any number of allowed transitions: what a poll may see
     * between two of its readings (DRAFT, then ACTIVE, went through ACTIVATING unseen). A status the lifecycle cannot
     * reach, such as COMPLETED back to ACTIVE, is an anomaly.
     */
    public boolean canReach(CampaignStatus next) {
        Set<CampaignStatus> seen = EnumSet.noneOf(CampaignStatus.class);
        Deque<CampaignStatus> todo = new ArrayDeque<>(successors());
        while (!todo.isEmpty()) {
            CampaignStatus status = todo.pop();
            if (status == next) {
                return true;
            }
            if (seen.add(status)) {
                todo.addAll(status.successors());
            }
        }
        return false;
    }

    public Set<CampaignStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, ACTIVATING, CANCELED);
            case SCHEDULED -> EnumSet.of(ACTIVATING, CANCELED, DRAFT);
            case ACTIVATING -> EnumSet.of(ACTIVE, FAILED);
            case ACTIVE -> EnumSet.of(PAUSED, COMPLETED, CANCELED);
            case PAUSED -> EnumSet.of(ACTIVE, COMPLETED, CANCELED);
            case COMPLETED, FAILED, CANCELED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    /** The status named by {@code text}, ignoring case and surrounding blanks; empty when none matches. */
    public static Optional<CampaignStatus> fromText(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (CampaignStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #fromText}, but reports an unknown or empty status as {@code UNKNOWN_CAMPAIGN_STATUS}. */
    public static Validated<CampaignStatus> parse(@Nullable String text, String field) {
        return fromText(text).<Validated<CampaignStatus>>map(Validated::valid).orElseGet(() -> Validated.invalid(
                Violation.of("UNKNOWN_CAMPAIGN_STATUS", field, field + " '" + (text == null ? "" : text.strip())
                        + "' is not a campaign status; expected one of " + names())));
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
