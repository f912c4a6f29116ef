package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Pacing settings to and from the dialer-parameter form of the outbound campaign settings. */
final class PacingMapping {

    private PacingMapping() {
    }

    static DialerParametersRequest toRequest(CampaignId id, String name, PacingSettings pacing) {
        return new DialerParametersRequest(
                id.value(),
                name,
                pacing.dialerType().name().toLowerCase(Locale.ROOT),
                pacing.maxConcurrentCalls(),
                pacing.timeZone().getId(),
                new DialerParametersRequest.Pacing(pacing.pacingType(), pacing.intervalSeconds(),
                        pacing.maxCallsPerInterval(), pacing.throttlePercent()),
                new DialerParametersRequest.AdvancedDialerSettings(pacing.autoRebalance(), pacing.queuePriority()));
    }

    /** The settings as read; the version is the body's, else the ETag's, else 0. */
    static OutboundSettings toSettings(CampaignId requested, OutboundCampaignResponse response, @Nullable String etag) {
        return new OutboundSettings(
                CampaignMapping.hasText(response.id()) ? CampaignId.of(response.id().strip()) : requested,
                response.name() == null ? "" : response.name(),
                response.status(),
                pacing(response),
                Versions.of(response.version(), etag).orElse(0L));
    }

    /** Null unless the campaign has a known dialer type, a pacing type and a valid time zone. */
    private static @Nullable PacingSettings pacing(OutboundCampaignResponse response) {
        CampaignType dialerType = CampaignMapping.type(response.dialerType());
        OutboundCampaignResponse.Pacing pacing = response.pacing();
        ZoneId zone = zone(response.timeZone());
        if (dialerType == null || pacing == null || !CampaignMapping.hasText(pacing.type()) || zone == null) {
            return null;
        }
        OutboundCampaignResponse.AdvancedDialerSettings advanced = response.advancedDialerSettings();
        return new PacingSettings(
                dialerType,
                orZero(response.maxConcurrentCalls()),
                pacing.type(),
                orZero(pacing.interval()),
                orZero(pacing.maxCallsPerInterval()),
                pacing.throttlePercent() == null ? 0.0 : pacing.throttlePercent(),
                zone,
                advanced != null && Boolean.TRUE.equals(advanced.autoRebalance()),
                advanced == null ? 0 : orZero(advanced.queuePriority()));
    }

    private static @Nullable ZoneId zone(@Nullable String id) {
        if (!CampaignMapping.hasText(id)) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
