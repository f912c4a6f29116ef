package io.cxonebatch.application.port.out.campaigns;

import java.util.List;

/** The known campaigns whose status can still change (not in a terminal state). */
public interface ListMonitoredCampaignsPort {

    List<KnownCampaign> listNonTerminalCampaigns();
}
