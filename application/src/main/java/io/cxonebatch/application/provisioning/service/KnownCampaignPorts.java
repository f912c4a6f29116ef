package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;

/** The registry of campaigns this project created or adopted, read and written by provisioning. */
public record KnownCampaignPorts(LoadKnownCampaignPort load, SaveKnownCampaignPort save) {

    public KnownCampaignPorts {
        if (load == null) {
            throw new IllegalArgumentException("provisioning needs the load known-campaign port");
        }
        if (save == null) {
            throw new IllegalArgumentException("provisioning needs the save known-campaign port");
        }
    }

    /** Both ports from the one adapter that implements them. */
    public static <A extends LoadKnownCampaignPort & SaveKnownCampaignPort> KnownCampaignPorts of(A adapter) {
        return new KnownCampaignPorts(adapter, adapter);
    }
}
