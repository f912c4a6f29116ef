package io.cxonebatch.adapters.cxone.internal;

import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Campaigns between the domain's words and the contract's JSON. */
final class CampaignMapping {

    private static final Logger log = LoggerFactory.getLogger(CampaignMapping.class);

    /**
     * Status words seen besides the domain's own. Anything else reads as {@link CampaignStatus#SCHEDULED}: it still
     * blocks its window in conflict checks and keeps being polled, rather than passing for finished.
     */
    private static final Map<String, CampaignStatus> STATUS_SYNONYMS = Map.ofEntries(
            Map.entry("NEW", CampaignStatus.DRAFT),
            Map.entry("CREATED", CampaignStatus.DRAFT),
            Map.entry("PENDING", CampaignStatus.ACTIVATING),
            Map.entry("STARTING", CampaignStatus.ACTIVATING),
            Map.entry("RUNNING", CampaignStatus.ACTIVE),
            Map.entry("STARTED", CampaignStatus.ACTIVE),
            Map.entry("IN_PROGRESS", CampaignStatus.ACTIVE),
            Map.entry("SUSPENDED", CampaignStatus.PAUSED),
            Map.entry("ON_HOLD", CampaignStatus.PAUSED),
            Map.entry("COMPLETE", CampaignStatus.COMPLETED),
            Map.entry("FINISHED", CampaignStatus.COMPLETED),
            Map.entry("ENDED", CampaignStatus.COMPLETED),
            Map.entry("ERROR", CampaignStatus.FAILED),
            Map.entry("CANCELLED", CampaignStatus.CANCELED),
            Map.entry("STOPPED", CampaignStatus.CANCELED),
            Map.entry("ABORTED", CampaignStatus.CANCELED));

    private CampaignMapping() {
    }

    static CreateCampaignRequest toRequest(NewCampaign campaign) {
        ScheduleWindow window = campaign.window();
        return new CreateCampaignRequest(
                campaign.name(),
                campaign.type().name(),
                CampaignStatus.DRAFT.name(),
                campaign.description(),
                campaign.skills(),
                campaign.wrapUpCodes(),
                campaign.maxCallsPerDay(),
                rfc3339(window.start(), window.zone()),
                rfc3339(window.end(), window.zone()),
                window.zone().getId(),
                campaign.queueId() != null ? new CreateCampaignRequest.RoutingSettings(campaign.queueId()) : null);
    }

    /** The instant with the offset its zone has then, e.g. {@code 2024-09-15T08:00:00-04:00}. */
    static String rfc3339(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * A campaign read by id. Its target list is left out even when the body has one: the contract reports it only
     * in the listing, so a caller must not depend on it here.
     *
     * @param id the id asked for, used when the body omits it
     */
    static RemoteCampaign loaded(CampaignResponse campaign, CampaignId id, @Nullable String etag) {
        return toRemote(campaign, hasText(campaign.id()) ? campaign.id().strip() : id.value(), null, etag);
    }

    /**
     * A campaign of the listing, with the target list of its dialer rule.
     *
     * @return null when the entry has no id
     */
    static @Nullable RemoteCampaign listed(CampaignResponse campaign) {
        if (!hasText(campaign.id())) {
            return null;
        }
        return toRemote(campaign, campaign.id().strip(), hasText(campaign.targetListId()) ? campaign.targetListId() : null, null);
    }

    private static RemoteCampaign toRemote(CampaignResponse campaign, String id, @Nullable String targetListId, @Nullable String etag) {
        CampaignResponse.RoutingSettings routing = campaign.routingSettings();
        return new RemoteCampaign(
                CampaignId.of(id),
                campaign.name() == null ? "" : campaign.name(),
                type(campaign.type() != null ? campaign.type() : campaign.campaignType()),
                status(campaign.status()),
                window(campaign.startDate(), campaign.endDate(), campaign.timezone()),
                routing == null || !hasText(routing.queueId()) ? null : routing.queueId(),
                targetListId,
                Versions.of(campaign.version(), etag).orElse(0L));
    }

    static @Nullable CampaignType type(@Nullable String value) {
        if (!hasText(value)) {
            return null;
        }
        try {
            return CampaignType.valueOf(normalise(value));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static CampaignStatus status(@Nullable String value) {
        if (hasText(value)) {
            String word = normalise(value);
            for (CampaignStatus status : CampaignStatus.values()) {
                if (status.name().equals(word)) {
                    return status;
                }
            }
            CampaignStatus synonym = STATUS_SYNONYMS.get(word);
            if (synonym != null) {
                return synonym;
            }
        }
        log.debug("CXone campaign status '{}' not known; read as {}", value, CampaignStatus.SCHEDULED);
        return CampaignStatus.SCHEDULED;
    }

    /** The schedule, or null when it is missing, unreadable or ends before it starts. */
    static @Nullable ScheduleWindow window(@Nullable String start, @Nullable String end, @Nullable String timezone) {
        if (!hasText(start) || !hasText(end)) {
            return null;
        }
        ZoneId zone = zone(timezone);
        Instant from = instant(start, zone);
        Instant to = instant(end, zone);
        if (from == null || to == null || !to.isAfter(from)) {
            return null;
        }
        if (zone == null) {
            try {
                zone = OffsetDateTime.parse(start.strip()).getOffset();
            } catch (DateTimeException noOffset) {
                return null;
            }
        }
        return new ScheduleWindow(zone, from, to);
    }

    private static @Nullable ZoneId zone(@Nullable String timezone) {
        if (!hasText(timezone)) {
            return null;
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    /** RFC 3339 with an offset; a local date-time only when the zone is known. */
    private static @Nullable Instant instant(String text, @Nullable ZoneId zone) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException notOffset) {
            if (zone == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeException unreadable) {
                return null;
            }
        }
    }

    private static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
