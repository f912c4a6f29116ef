package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.EngineLimits;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the outbound settings a PUT would leave, in either form of the contract: a wrong JSON type is a 400,
 * a value that breaks an engine constraint a 422.
 */
public final class OutboundSettingsValidator {

    static final Set<String> DIALER_TYPES = Set.of("predictive", "progressive", "preview");

    private final EngineLimits limits;
    private final Set<String> listIds;

    public OutboundSettingsValidator(EngineLimits limits, Set<String> listIds) {
        this.limits = limits;
        this.listIds = Set.copyOf(listIds);
    }

    public void validate(ObjectNode settings) {
        BodyReader in = BodyReader.of(settings, 400);
        dialerType(in, "dialerType");
        dialerType(in, "type");
        Integer maxConcurrentCalls = in.integer("maxConcurrentCalls");
        if (maxConcurrentCalls != null && maxConcurrentCalls < 1) {
            throw unprocessable("maxConcurrentCalls must be at least 1, got " + maxConcurrentCalls);
        }
        if (maxConcurrentCalls != null && maxConcurrentCalls > limits.maxConcurrentCalls()) {
            throw unprocessable("maxConcurrentCalls " + maxConcurrentCalls + " exceeds the engine limit of "
                    + limits.maxConcurrentCalls());
        }
        String timeZone = in.text("timeZone");
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw unprocessable("timeZone '" + timeZone + "' is not a known IANA zone id");
        }
        pacing(in.object("pacing"));
        in.objects("rules");
        BodyReader advanced = in.object("advancedDialerSettings");
        if (advanced != null) {
            advanced.bool("autoRebalance");
            advanced.integer("queuePriority");
        }
        previewForm(in);
    }

    private void pacing(@Nullable BodyReader pacing) {
        if (pacing == null) {
            return;
        }
        pacing.text("type");
        Integer interval = pacing.integer("interval");
        if (interval != null && interval < 1) {
            throw unprocessable("pacing.interval must be at least 1 second, got " + interval);
        }
        Integer maxCalls = pacing.integer("maxCallsPerInterval");
        if (maxCalls != null && maxCalls < 0) {
            throw unprocessable("pacing.maxCallsPerInterval must be at least 0, got " + maxCalls);
        }
        Double throttle = pacing.number("throttlePercent");
        if (throttle != null && !(throttle > 0.0 && throttle <= 1.0)) {
            throw unprocessable("pacing.throttlePercent must be in (0, 1], got " + throttle);
        }
    }

    private void previewForm(BodyReader in) {
        for (BodyReader list : in.objects("contactLists")) {
            String id = list.requiredText("id");
            if (!listIds.contains(id)) {
                throw unprocessable("contact list " + id + " does not exist");
            }
        }
        BodyReader dialing = in.object("dialingRules");
        if (dialing != null) {
            dialing.text("strategy");
            dialing.bool("callbackEnabled");
            Integer maxAttempts = dialing.integer("maxAttempts");
            if (maxAttempts != null && maxAttempts < 1) {
                throw unprocessable("dialingRules.maxAttempts must be at least 1, got " + maxAttempts);
            }
        }
        for (BodyReader directive : in.objects("agentDirectives")) {
            directive.text("queueId");
            directive.text("skillRequirement");
            Integer agents = directive.integer("agentCount");
            int capacity = limits.agentCapacityPerPreviewCampaign();
            if (agents != null && (agents < 0 || agents > capacity)) {
                throw unprocessable("agentCount " + agents + " is outside 0.." + capacity
                        + ", the agent capacity of a preview campaign");
            }
        }
        BodyReader preview = in.object("previewSettings");
        if (preview != null) {
            preview.text("previewDialingMode");
            preview.bool("agentPromptEnabled");
        }
    }

    private static void dialerType(BodyReader in, String field) {
        String value = in.text(field);
        if (value != null && !DIALER_TYPES.contains(value.toLowerCase(Locale.ROOT))) {
            throw unprocessable(field + " '" + value + "' is unknown; expected predictive, progressive or preview");
        }
    }

    private static RequestRejectedException unprocessable(String message) {
        return new RequestRejectedException(422, message);
    }
}
