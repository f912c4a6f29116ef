package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.Nullable;

/** 409 on create: a campaign with this name already exists in the tenant. */
public class CampaignNameTakenException extends CxoneConflictException {

    private final String campaignName;

    public CampaignNameTakenException(String operation, String campaignName, @Nullable String serverMessage, @Nullable Throwable cause) {
        super(operation, 409, serverMessage, cause);
        this.campaignName = campaignName;
    }

    public String campaignName() {
        return campaignName;
    }
}
