package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import java.util.ArrayList;
import java.util.List;

/** The CXone calls that provisioning a campaign makes, one narrow port each. */
public record CxoneCampaignPorts(
        CreateCampaignPort create,
        ListCampaignsPort list,
        LoadCampaignPort load,
        AttachDialerRulePort attachRule,
        LoadOutboundSettingsPort loadSettings,
        ConfigurePreviewPort configurePreview,
        CountActivePreviewCampaignsPort countPreviews,
        ActivateCampaignPort activate) {

    public CxoneCampaignPorts {
        List<String> missing = new ArrayList<>();
        Object[] ports = {create, list, load, attachRule, loadSettings, configurePreview, countPreviews, activate};
        String[] names = {"create", "list", "load", "attachRule", "loadSettings", "configurePreview", "countPreviews", "activate"};
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] == null) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("provisioning needs every CXone campaign port; missing: " + String.join(", ", missing));
        }
    }

    /** All eight ports from the one adapter that implements them, as the production CXone adapter does. */
    public static <A extends CreateCampaignPort & ListCampaignsPort & LoadCampaignPort & AttachDialerRulePort
            & LoadOutboundSettingsPort & ConfigurePreviewPort & CountActivePreviewCampaignsPort & ActivateCampaignPort>
            CxoneCampaignPorts of(A adapter) {
        return new CxoneCampaignPorts(adapter, adapter, adapter, adapter, adapter, adapter, adapter, adapter);
    }
}
