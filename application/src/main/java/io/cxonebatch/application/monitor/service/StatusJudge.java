package io.cxonebatch.application.monitor.service;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.monitor.StatusEvent;
import io.cxonebatch.application.port.out.monitor.StatusEventKind;
import io.cxonebatch.application.port.out.monitor.TrackedCampaign;
import io.cxonebatch.domain.campaign.CampaignStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a status read from CXone means for a tracked campaign: nothing (the same status), a TRANSITION the lifecycle
 * allows (over any number of steps between two polls), an ANOMALY it forbids, or, for a campaign still ACTIVATING
 * longer than the activation budget and not flagged yet for this activation, ACTIVATION_OVERDUE.
 */
public final class StatusJudge {

    private final Duration activationBudget;

    public StatusJudge(Duration activationBudget) {
        this.activationBudget = Objects.requireNonNull(activationBudget, "activationBudget");
    }

    public Optional<StatusEvent> judge(TrackedCampaign tracked, CampaignStatus observed, Instant now, long jobExecutionId) {
        KnownCampaign campaign = tracked.campaign();
        CampaignStatus known = campaign.status();
        String key = campaign.externalKey().value();
        if (observed != known) {
            StatusEventKind kind = known.canReach(observed) ? StatusEventKind.TRANSITION : StatusEventKind.ANOMALY;
            String reason = kind == StatusEventKind.ANOMALY
                    ? "the lifecycle has no way from " + known + " to " + observed + "; taken as CXone reports it" : null;
            return Optional.of(new StatusEvent(kind, Objects.requireNonNull(campaign.campaignId()), key, known, observed, now,
                    jobExecutionId, reason));
        }
        Duration activating = Duration.between(campaign.statusObservedAt(), now);
        if (known == CampaignStatus.ACTIVATING && tracked.overdueFlaggedAt() == null && activating.compareTo(activationBudget) > 0) {
            return Optional.of(new StatusEvent(StatusEventKind.ACTIVATION_OVERDUE, Objects.requireNonNull(campaign.campaignId()),
                    key, known, observed, now, jobExecutionId, "ACTIVATING for " + minutes(activating)
                            + ", longer than the activation budget of " + minutes(activationBudget)));
        }
        return Optional.empty();
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min";
    }
}
