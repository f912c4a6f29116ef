package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.Latency;
import io.cxonebatch.application.kit.calls.Answered;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;

import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.PreviewSettings;

/**
 * Applies a preview campaign's configuration under optimistic locking: reads the outbound settings for their
 * version, sends the update guarded by that version ({@code If-Match}), and when the version turns out stale (412)
 * reads again and retries, up to {@link #PREVIEW_ATTEMPTS} updates. Failed calls come back as results, not
 * exceptions, with what the caller needs to audit them. It keeps no state between calls.
 */
final class PreviewConfigurator {

    static final int PREVIEW_ATTEMPTS = 3;

    private final LoadOutboundSettingsPort loadSettings;
    private final ConfigurePreviewPort configurePreview;

    PreviewConfigurator(LoadOutboundSettingsPort loadSettings, ConfigurePreviewPort configurePreview) {
        this.loadSettings = loadSettings;
        this.configurePreview = configurePreview;
    }

    Result configure(CampaignId id, String name, PreviewSettings settings) {
        for (int attempt = 1; ; attempt++) {
            long readStarted = System.nanoTime();
            OutboundSettings current;
            try {
                current = loadSettings.loadOutboundSettings(id);
            } catch (CxoneCallException e) {
                return new ReadFailed(e, Latency.millisSince(readStarted));
            }
            long started = System.nanoTime();
            try {
                CxoneAnswer<Long> answer = configurePreview.configurePreview(id, name, settings, current.version());
                answer.require();
                return new Configured(Answered.of(answer, Latency.millisSince(started)), attempt);
            } catch (StaleVersionException e) {
                if (attempt >= PREVIEW_ATTEMPTS) {
                    return new UpdateFailed(e, Latency.millisSince(started), attempt);
                }
            } catch (CxoneCallException e) {
                return new UpdateFailed(e, Latency.millisSince(started), attempt);
            }
        }
    }

    /** How configuring ended. */
    sealed interface Result permits Configured, ReadFailed, UpdateFailed {
    }

    /**
     * The update was applied.
     *
     * @param answered the accepted update: the campaign's version after it, CXone's status and the latency
     * @param attempts how many updates were sent, the last one accepted
     */
    record Configured(Answered<Long> answered, int attempts) implements Result {
    }

    /** Reading the settings failed; no update was sent after it. */
    record ReadFailed(CxoneCallException cause, long latencyMillis) implements Result {
    }

    /**
     * The update was refused, or every attempt found the version stale.
     *
     * @param attempts how many updates were sent
     * @param latencyMillis how long the last update took
     */
    record UpdateFailed(CxoneCallException cause, long latencyMillis, int attempts) implements Result {

        /** True when the retries were used up on stale versions, rather than the update being refused. */
        boolean outOfAttempts() {
            return cause instanceof StaleVersionException;
        }
    }
}
