package io.cxonebatch.adapters.cxone;

import io.cxonebatch.adapters.cxone.internal.CxoneAdapters;
import io.cxonebatch.adapters.cxone.internal.admin.AdminAdapters;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AssignAgentsPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.QueryCampaignActivityPort;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.RegisterWebhookPort;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.schedule.ScheduleShape;
import java.time.ZoneId;

/**
 * Which dialect's adapter answers each port, chosen once when the facade is made: the facade only forwards, so the
 * two dialects differ here and nowhere above.
 *
 * @param tokenCheck asks the token endpoint for a token now
 * @param scheduleShape the calling windows the dialect's schedules can hold
 * @param notifiesByWebhook whether the dialect has webhooks
 */
record DialectPorts(
        Runnable tokenCheck,
        ScheduleShape scheduleShape,
        boolean notifiesByWebhook,
        CreateCampaignPort create,
        LoadCampaignPort load,
        ListCampaignsPort list,
        ActivateCampaignPort activate,
        AttachDialerRulePort attachRule,
        LoadOutboundSettingsPort loadSettings,
        UpdatePacingPort pacing,
        ConfigurePreviewPort preview,
        CountActivePreviewCampaignsPort countPreviews,
        AssignAgentsPort agents,
        ReadContactListPort contacts,
        CheckContactListPort checkLists,
        ReadSuppressionsPort suppressions,
        RegisterWebhookPort webhooks,
        QueryCampaignActivityPort activity) {

    /** The contract of {@code cxone-api.md}: any window, webhooks. */
    static DialectPorts v2(CxoneAdapters v2) {
        return new DialectPorts(v2.campaigns()::checkTokenEndpoint, ScheduleShape.anyWindow(), true, v2.campaigns(), v2.campaigns(),
                v2.campaigns(), v2.campaigns(), v2.campaigns(), v2.outbound(), v2.outbound(), v2.outbound(), v2.outbound(),
                v2.outbound(), v2.lists(), v2.lists(), v2.lists(), v2.webhooks(), v2.analytics());
    }

    /**
     * The Admin API of {@code cxone-admin-api.md}: weekly schedules of seven active days on the business unit's clock, no
     * webhooks (ADR 10).
     */
    static DialectPorts admin(AdminAdapters admin, ZoneId businessUnitZone) {
        return new DialectPorts(admin.campaigns()::checkTokenEndpoint, ScheduleShape.sameHoursEveryDay(businessUnitZone), false,
                admin.campaigns(), admin.campaigns(), admin.campaigns(), admin.campaigns(), admin.outbound(), admin.outbound(),
                admin.outbound(), admin.outbound(), admin.outbound(), admin.agents(), admin.contactLists(), admin.contactLists(),
                admin.suppressions(), admin.webhooks(), admin.activity());
    }
}
