package io.cxonebatch.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v2/analytics/campaigns/details/query}: the campaign's intervals in the date range; 400 on a
 * missing campaign id, an unparseable or empty range or one longer than 31 days, 404 for an unknown campaign.
 */
public final class AnalyticsEndpoint implements Endpoint {

    static final Duration MAX_RANGE = Duration.ofDays(31);

    private final SandboxState state;
    private final ActivityGenerator generator;
    private final Clock clock;

    public AnalyticsEndpoint(SandboxState state, ActivityGenerator generator, Clock clock) {
        this.state = state;
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        BodyReader in = BodyReader.of(request.jsonObject(), 400);
        String campaignId = in.requiredText("campaignId");
        BodyReader range = in.object("dateRange");
        if (range == null) {
            throw in.reject("dateRange is required");
        }
        Instant from = instant(range, "startDate");
        Instant to = instant(range, "endDate");
        if (!to.isAfter(from)) {
            throw in.reject("dateRange.endDate " + to + " must be after dateRange.startDate " + from);
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw in.reject("dateRange spans more than " + MAX_RANGE.toDays() + " days");
        }
        CampaignSnapshot campaign = CampaignEndpoints.find(state, campaignId).snapshot(clock.millis());
        ArrayNode intervals = Json.array();
        for (ActivityGenerator.Activity activity : generator.activity(campaign, from, to)) {
            intervals.addObject()
                    .put("start", activity.start().toString())
                    .put("end", activity.end().toString())
                    .put("disposition", activity.disposition())
                    .put("callsAttempted", activity.callsAttempted())
                    .put("callsConnected", activity.callsConnected())
                    .put("dialingSeconds", activity.dialingSeconds());
        }
        ObjectNode body = Json.object().put("campaignId", campaignId);
        body.set("intervals", intervals);
        return ApiResponse.json(200, body);
    }

    private static Instant instant(BodyReader range, String field) {
        String text = range.requiredText(field);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw range.reject(range.name(field) + " '" + text + "' is not an RFC 3339 date-time with an offset");
        }
    }
}
