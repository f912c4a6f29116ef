package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map.Entry;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v2/outbound/campaigns}: outbound settings that share the campaign's id and version, updated all at
 * once under the campaign's monitor with optional {@code If-Match}, and the listing used to count active previews.
 */
public final class OutboundEndpoints {

    /** The route of the settings, as request counts name it. */
    public static final String SETTINGS_TEMPLATE = "/api/v2/outbound/campaigns/{id}";

    /** The concurrent calls of a dialing campaign that no PUT has configured yet. */
    static final int DEFAULT_MAX_CONCURRENT_CALLS = 25;

    private final SandboxState state;
    private final OutboundSettingsValidator validator;
    private final FaultSettings faults;
    private final Clock clock;

    public OutboundEndpoints(SandboxState state, OutboundSettingsValidator validator, FaultSettings faults, Clock clock) {
        this.state = state;
        this.validator = validator;
        this.faults = faults;
        this.clock = clock;
    }

    /** {@code GET /api/v2/outbound/campaigns/{id}}: the settings plus {@code version}; ETag carries the version. */
    public ApiResponse get(ApiRequest request) {
        CampaignSnapshot campaign = CampaignEndpoints.find(state, request.pathVariable("id")).snapshot(clock.millis());
        return ApiResponse.json(200, view(campaign, campaign.settings())).withHeader("ETag", CampaignEndpoints.etag(campaign.version()));
    }

    /**
     * {@code PUT /api/v2/outbound/campaigns/{id}}: merges the body into the settings (objects field by field, other
     * values replaced), checks the result and moves to the next version; 412 on a stale {@code If-Match}.
     * {@code id} must name the campaign if given; {@code status} and {@code version} in the body are ignored.
     * With {@link FaultSettings#concurrentEdits(int)} pending, a PUT with {@code If-Match} first meets another
     * writer's update of the campaign, made under the same monitor just before its version check.
     */
    public ApiResponse put(ApiRequest request) {
        CampaignRecord campaign = CampaignEndpoints.find(state, request.pathVariable("id"));
        ObjectNode body = request.jsonObject();
        String bodyId = BodyReader.of(body, 400).text("id");
        if (bodyId != null && !bodyId.equals(campaign.id())) {
            throw new RequestRejectedException(400, "body id " + bodyId + " does not match campaign " + campaign.id());
        }
        body.remove(List.of("id", "status", "version"));
        String ifMatch = request.header("if-match");
        long version;
        String status;
        synchronized (campaign) {
            if (ifMatch != null && faults.takeConcurrentEdit()) {
                // The other writer's PUT: no If-Match, nothing to change, so only the version moves on.
                update(campaign, Json.object());
            }
            CampaignSnapshot current = campaign.snapshot(clock.millis());
            if (ifMatch != null && !matches(ifMatch, current.version())) {
                throw new RequestRejectedException(412, "If-Match " + ifMatch + " is stale: campaign " + campaign.id()
                        + " is at version " + current.version());
            }
            version = update(campaign, body);
            status = current.status().name();
        }
        ObjectNode answer = Json.object().put("id", campaign.id()).put("version", version).put("status", status);
        return ApiResponse.json(200, answer).withHeader("ETag", CampaignEndpoints.etag(version));
    }

    /**
     * Merges {@code body} into the campaign's settings, checks the result and moves to the next version, all or
     * nothing; the caller holds the campaign's monitor.
     *
     * @return the new version
     */
    private long update(CampaignRecord campaign, ObjectNode body) {
        CampaignSnapshot current = campaign.snapshot(clock.millis());
        ObjectNode merged = merge(current.settings().deepCopy(), body);
        validator.validate(view(current, merged));
        long version = campaign.replaceSettings(merged);
        state.touch();
        return version;
    }

    /**
     * {@code GET /api/v2/outbound/campaigns?type&status&page&limit}: {@code {"entity":[{"id",...}],"nextPageUri"}}.
     * {@code status=active} lists the campaigns holding a preview licence (ACTIVE or ACTIVATING), the count the
     * licensed limit is checked against; other statuses match by name.
     */
    public ApiResponse list(ApiRequest request) {
        PageRequest page = PageRequest.of(request);
        String type = request.queryParameter("type");
        String status = request.queryParameter("status");
        long now = clock.millis();
        List<CampaignSnapshot> matching = state.campaigns().stream()
                .map(campaign -> campaign.snapshot(now))
                .filter(campaign -> type == null || campaign.type().equalsIgnoreCase(type))
                .filter(campaign -> status == null || statusMatches(campaign.status(), status))
                .toList();
        ArrayNode entity = Json.array();
        int offset = (int) Math.min(page.offset(), matching.size());
        for (CampaignSnapshot campaign : matching.subList(offset, offset + page.rowsOf(matching.size()))) {
            entity.addObject()
                    .put("id", campaign.id())
                    .put("name", campaign.name())
                    .put("type", campaign.type().toLowerCase(Locale.ROOT))
                    .put("status", campaign.status().name());
        }
        Map<String, String> filters = new LinkedHashMap<>();
        if (type != null) {
            filters.put("type", type);
        }
        if (status != null) {
            filters.put("status", status);
        }
        ObjectNode body = Json.object();
        body.set("entity", entity);
        body.put("nextPageUri", page.nextPageUri(request, matching.size(), faults.absoluteNextPageUris(), filters));
        return ApiResponse.json(200, body);
    }

    /**
     * The settings as GET answers them: defaults derived from the campaign (a dialing campaign has dialer
     * parameters from the start, a preview campaign none), then what PUTs set, then id, status and version.
     */
    static ObjectNode view(CampaignSnapshot campaign, ObjectNode settings) {
        ObjectNode view = Json.object().put("id", campaign.id()).put("name", campaign.name());
        view.put("dialerType", campaign.type().toLowerCase(Locale.ROOT));
        String zone = campaign.created().path("timezone").asString("UTC");
        view.put("timeZone", zone);
        if (!campaign.type().equals("PREVIEW")) {
            view.put("maxConcurrentCalls", DEFAULT_MAX_CONCURRENT_CALLS);
            view.putObject("pacing")
                    .put("type", "fixed")
                    .put("interval", 60)
                    .put("maxCallsPerInterval", 10)
                    .put("throttlePercent", 1.0);
            view.putObject("advancedDialerSettings").put("autoRebalance", false).put("queuePriority", 1);
        }
        merge(view, settings);
        view.put("id", campaign.id());
        view.put("status", campaign.status().name());
        view.put("version", campaign.version());
        return view;
    }

    /** Merges {@code patch} into {@code target}: objects field by field, anything else replaced, null removes. */
    static ObjectNode merge(ObjectNode target, ObjectNode patch) {
        for (Entry<String, JsonNode> field : patch.properties()) {
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (existing != null && existing.isObject() && value.isObject()) {
                merge((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
        return target;
    }

    private static boolean statusMatches(CampaignStatus status, String wanted) {
        if (wanted.equalsIgnoreCase("active")) {
            return status.holdsPreviewLicence();
        }
        return status.name().equalsIgnoreCase(wanted);
    }

    /** {@code "3"}, {@code W/"3"}, {@code 3} and {@code *} are understood; anything else never matches. */
    private static boolean matches(String ifMatch, long version) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }
}
