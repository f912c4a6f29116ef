package io.cxonebatch.sandbox.internal;

import io.cxonebatch.sandbox.FaultSettings;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/v2/campaigns}: create, list, read and activate. */
public final class CampaignEndpoints {

    static final Set<String> TYPES = Set.of("PREDICTIVE", "PROGRESSIVE", "PREVIEW");
    private static final long ACTIVATION_SALT = 0xAC71L;

    private final SandboxConfig config;
    private final SandboxState state;
    private final FaultSettings faults;
    private final Clock clock;

    public CampaignEndpoints(SandboxConfig config, SandboxState state, FaultSettings faults, Clock clock) {
        this.config = config;
        this.state = state;
        this.faults = faults;
        this.clock = clock;
    }

    /** {@code POST /api/v2/campaigns}: 201 with the new DRAFT (or SCHEDULED) campaign, 400 when invalid, 409 on a taken name. */
    public ApiResponse create(ApiRequest request) {
        ObjectNode body = request.jsonObject();
        BodyReader in = BodyReader.of(body, 400);
        String name = in.requiredText("name");
        String type = type(in);
        CampaignStatus initial = initialStatus(in);
        OffsetDateTime start = dateTime(in, "startDate");
        OffsetDateTime end = dateTime(in, "endDate");
        if (start != null && end != null && !end.isAfter(start)) {
            throw new RequestRejectedException(400, "endDate " + end + " must be after startDate " + start);
        }
        String timezone = in.text("timezone");
        if (timezone != null && !ZoneId.getAvailableZoneIds().contains(timezone)) {
            throw new RequestRejectedException(400, "timezone '" + timezone + "' is not a known IANA zone id");
        }
        long seq = state.nextCampaignSeq();
        String id = SandboxState.campaignId(seq);
        Optional<String> holder = state.claimName(name, id);
        if (holder.isPresent() && config.uniqueCampaignNames()) {
            throw new RequestRejectedException(409, "a campaign named '" + name + "' already exists: " + holder.get());
        }
        state.addCampaign(new CampaignRecord(seq, id, name, type, body, initial));
        ObjectNode answer = Json.object().put("id", id).put("name", name).put("status", initial.name());
        return ApiResponse.json(201, answer).withHeader("Location", "/api/v2/campaigns/" + id);
    }

    /**
     * {@code GET /api/v2/campaigns?page&limit}: {@code {"entities":[...],"nextPageUri"}} in creation order; pages
     * from 1, {@code limit} 1..1000, anything else 400.
     */
    public ApiResponse list(ApiRequest request) {
        PageRequest page = PageRequest.of(request);
        List<CampaignRecord> all = state.campaigns();
        long now = clock.millis();
        ArrayNode entities = Json.array();
        int offset = (int) Math.min(page.offset(), all.size());
        for (CampaignRecord campaign : all.subList(offset, offset + page.rowsOf(all.size()))) {
            entities.add(campaign.snapshot(now).toListEntityJson());
        }
        ObjectNode body = Json.object();
        body.set("entities", entities);
        body.put("nextPageUri", page.nextPageUri(request, all.size(), faults.absoluteNextPageUris(), Map.of()));
        return ApiResponse.json(200, body);
    }

    /** {@code GET /api/v2/campaigns/{id}}: the campaign with its status and version, version also as ETag; no targetListId. */
    public ApiResponse get(ApiRequest request) {
        CampaignSnapshot snapshot = find(state, request.pathVariable("id")).snapshot(clock.millis());
        return ApiResponse.json(200, snapshot.toByIdJson()).withHeader("ETag", etag(snapshot.version()));
    }

    /**
     * {@code POST /api/v2/campaigns/{id}/activate}: 202 and ACTIVATING from DRAFT or SCHEDULED; 200 without change
     * when already ACTIVATING, ACTIVE or PAUSED (a paused campaign was activated once; activation does not resume
     * it); 422 from a terminal state or when a preview campaign finds every licensed concurrent preview taken.
     */
    public ApiResponse activate(ApiRequest request) {
        CampaignRecord campaign = find(state, request.pathVariable("id"));
        if (!campaign.type().equals("PREVIEW")) {
            return activate(campaign, false);
        }
        synchronized (state.previewLicences()) {
            return activate(campaign, true);
        }
    }

    private ApiResponse activate(CampaignRecord campaign, boolean preview) {
        long now = clock.millis();
        synchronized (campaign) {
            CampaignStatus status = campaign.status(now);
            if (status == CampaignStatus.ACTIVE || status == CampaignStatus.ACTIVATING || status == CampaignStatus.PAUSED) {
                return ApiResponse.json(200, Json.object().put("id", campaign.id()).put("status", status.name()));
            }
            if (status.isTerminal()) {
                throw new RequestRejectedException(422,
                        "campaign " + campaign.id() + " is " + status + "; a " + status + " campaign cannot be activated");
            }
            if (preview) {
                long held = activePreviews(campaign.id(), now);
                int limit = config.engineLimits().licensedConcurrentPreviews();
                if (held >= limit) {
                    throw new RequestRejectedException(422, "licensed concurrent preview limit of " + limit
                            + " reached: " + held + " preview campaigns are active or activating");
                }
            }
            campaign.startActivation(now + config.activationDelay().toMillis(), outcome(campaign.id()));
            state.touch();
        }
        return ApiResponse.json(202, Json.object().put("id", campaign.id()).put("status", CampaignStatus.ACTIVATING.name()));
    }

    private long activePreviews(String except, long now) {
        return state.campaigns().stream()
                .filter(other -> other.type().equals("PREVIEW") && !other.id().equals(except))
                .filter(other -> other.status(now).holdsPreviewLicence())
                .count();
    }

    private CampaignStatus outcome(String id) {
        double draw = Mix.unit(Mix.hash(config.seed(), Mix.key(id), ACTIVATION_SALT));
        return draw < config.activationFailureRate() ? CampaignStatus.FAILED : CampaignStatus.ACTIVE;
    }

    static CampaignRecord find(SandboxState state, String id) {
        return state.campaign(id).orElseThrow(() -> new RequestRejectedException(404, "campaign " + id + " not found"));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static String type(BodyReader in) {
        String type = in.text("type");
        String alias = in.text("campaignType");
        if (type != null && alias != null && !type.equalsIgnoreCase(alias)) {
            throw new RequestRejectedException(400, "type '" + type + "' and campaignType '" + alias + "' disagree");
        }
        String given = type != null ? type : alias;
        if (given == null || given.isBlank()) {
            throw new RequestRejectedException(400, "type (or campaignType) is required");
        }
        String upper = given.toUpperCase(Locale.ROOT);
        if (!TYPES.contains(upper)) {
            throw new RequestRejectedException(400, "type must be PREDICTIVE, PROGRESSIVE or PREVIEW, got '" + given + "'");
        }
        return upper;
    }

    private static CampaignStatus initialStatus(BodyReader in) {
        String status = in.text("status");
        if (status == null || status.equalsIgnoreCase("DRAFT")) {
            return CampaignStatus.DRAFT;
        }
        if (status.equalsIgnoreCase("SCHEDULED")) {
            return CampaignStatus.SCHEDULED;
        }
        throw new RequestRejectedException(400, "a new campaign starts as DRAFT or SCHEDULED, got '" + status + "'");
    }

    private static @Nullable OffsetDateTime dateTime(BodyReader in, String field) {
        String text = in.text(field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException(400, field + " '" + text + "' is not an RFC 3339 date-time with an offset");
        }
    }
}
