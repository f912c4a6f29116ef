package io.cxonebatch.application.port.out.assignment;

import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.domain.campaign.CampaignId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The record of the agents this project dispatched to each preview campaign. */
public interface AgentDispatchPort {

    /** The campaign's latest recorded dispatch, if it has one. */
    Optional<AgentDispatch> lastDispatch(CampaignId campaignId);

    /**
     * Records an accepted dispatch and, in the same transaction, the notification that announces it: both are
     * written or neither is.
     *
     * @param notification null when nobody is to be notified
     */
    void record(AgentDispatch dispatch, @Nullable NewNotification notification);
}
