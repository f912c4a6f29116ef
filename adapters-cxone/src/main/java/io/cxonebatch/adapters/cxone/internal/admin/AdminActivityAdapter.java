package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.QueryCampaignActivityPort;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A skill's dialer activity from {@code /wfm-data/skills/dialer-contacts} (cxone-admin-api.md §8), which answers
 * every skill of a media type, so the rows are filtered to the skill (ADR 10). Ranges longer than
 * {@link #MAX_RANGE} are asked for in parts; an interval answered in two parts is kept once.
 */
public final class AdminActivityAdapter implements QueryCampaignActivityPort {

    /** The longest range one request may ask for. */
    static final Duration MAX_RANGE = Duration.ofDays(31);
    /** Outbound phone skills, the only media the jobs dial. */
    static final int PHONE_MEDIA_TYPE = 4;

    private final AdminTransport transport;

    AdminActivityAdapter(AdminTransport transport) {
        this.transport = transport;
    }

    /** The skill's intervals that start in {@code [from, to)}, in time order. */
    @Override
    public List<ActivityInterval> queryCampaignActivity(CampaignId id, Instant from, Instant to) {
        String skillId = SkillIds.of(id, AdminEndpoint.LIST_DIALER_CONTACTS);
        URI apiBase = transport.apiBase.get();
        Map<Instant, ActivityInterval> intervals = new TreeMap<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(MAX_RANGE)) {
            Instant end = start.plus(MAX_RANGE).isBefore(to) ? start.plus(MAX_RANGE) : to;
            String startDate = start.toString();
            String endDate = end.toString();
            JsonNode answer = transport.executor.call(AdminEndpoint.LIST_DIALER_CONTACTS, authorization ->
                    transport.reporting.dialerContacts(apiBase, authorization, startDate, endDate, PHONE_MEDIA_TYPE));
            if (answer == null || !answer.isObject()) {
                throw new CxoneUnavailableException(AdminEndpoint.LIST_DIALER_CONTACTS.operation(), 200, "response lacks the intervals", null);
            }
            for (ActivityInterval interval : DialerContactsMapping.intervals(answer, skillId)) {
                if (!interval.start().isBefore(from) && interval.start().isBefore(to)) {
                    intervals.putIfAbsent(interval.start(), interval);
                }
            }
        }
        return List.copyOf(intervals.values());
    }
}
