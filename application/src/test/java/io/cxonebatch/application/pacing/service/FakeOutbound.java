package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.application.port.out.cxone.UpdatePacingPort;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.pacing.PacingSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** CXone's outbound settings of a few campaigns, in memory, as strict about versions as the contract. */
final class FakeOutbound implements LoadOutboundSettingsPort, UpdatePacingPort {

    private final Map<CampaignId, OutboundSettings> campaigns = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    /** How many of the next PUTs find that someone else changed the campaign just before. */
    int concurrentEdits;
    @Nullable String refuseWith422;
    boolean unavailable;
    /** The next PUT is applied but its answer is lost: the client's resend then meets 412, as the adapter reports it. */
    boolean loseNextAnswer;
    /** A value the engine quietly holds lower than asked. */
    @Nullable Integer clampMaxConcurrentCallsTo;

    void campaign(CampaignId id, @Nullable PacingSettings pacing, long version) {
        campaigns.put(id, new OutboundSettings(id, "Campaign " + id.value(), "DRAFT", pacing, version));
    }

    OutboundSettings held(CampaignId id) {
        return campaigns.get(id);
    }

    @Override
    public synchronized OutboundSettings loadOutboundSettings(CampaignId id) {
        calls.add("GET " + id.value());
        if (unavailable) {
            throw new CxoneUnavailableException("GET /api/v2/outbound/campaigns/{id}", 503, "down", null);
        }
        return campaigns.get(id);
    }

    @Override
    public synchronized CxoneAnswer<Long> updatePacing(CampaignId id, String name, PacingSettings settings, long expectedVersion) {
        calls.add("PUT " + id.value() + " If-Match " + expectedVersion);
        OutboundSettings current = campaigns.get(id);
        if (concurrentEdits > 0) {
            concurrentEdits--;
            current = new OutboundSettings(id, current.name(), current.status(), current.pacing(), current.version() + 1);
            campaigns.put(id, current);
        }
        if (expectedVersion != current.version()) {
            throw new StaleVersionException("PUT /api/v2/outbound/campaigns/{id}", 412, "stale", null);
        }
        if (refuseWith422 != null) {
            throw new CxoneRejectedException("PUT /api/v2/outbound/campaigns/{id}", 422, refuseWith422, null);
        }
        PacingSettings held = clampMaxConcurrentCallsTo == null ? settings : new PacingSettings(settings.dialerType(),
                clampMaxConcurrentCallsTo, settings.pacingType(), settings.intervalSeconds(), settings.maxCallsPerInterval(),
                settings.throttlePercent(), settings.timeZone(), settings.autoRebalance(), settings.queuePriority());
        campaigns.put(id, new OutboundSettings(id, name, current.status(), held, current.version() + 1));
        if (loseNextAnswer) {
            loseNextAnswer = false;
            throw new StaleVersionException("PUT /api/v2/outbound/campaigns/{id}", 412, "stale (the resend of an applied PUT)", null);
        }
        return new CxoneAnswer<>(current.version() + 1, 200);
    }

    long puts() {
        return calls.stream().filter(call -> call.startsWith("PUT")).count();
    }
}
