package io.cxonebatch.application.port.out.cxone;

import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import java.util.List;

/** Replaces the agents directed to a preview campaign, all in one call. */
public interface AssignAgentsPort {

    /**
     * @return CXone's id for this assignment and how many agents it updated, with the status it answered
     * @throws CxoneConflictException when the campaign's capacity would be exceeded
     */
    CxoneAnswer<AgentsAssigned> assignAgents(CampaignId campaignId, List<AgentAssignment> agents);
}
