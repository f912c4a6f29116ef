package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import io.cxonebatch.application.kit.FakeStaging;
import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactListPreflightCheckTest {

    private static final long RUN = 4;

    private final FakeStaging staging = new FakeStaging();
    private final FakeRegistry registry = new FakeRegistry();
    private final FakeAudit audit = new FakeAudit();
    private final List<String> asked = new ArrayList<>();
    private final Set<String> inCxone = Set.of("list-K-1", "cl-P-1");
    private final ContactListPreflight preflight = new ContactListPreflight(listId -> {
        asked.add(listId);
        return inCxone.contains(listId);
    }, PlanRowFixtures.planRows(), staging, registry, audit, MutableClock.of(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));

    private void stage(long line, Map<String, String> cells) {
        staging.stage("campaign-provisioning", RUN, List.of(NewItem.valid(line, cells.get("external_key"), cells)));
    }

    private static Map<String, String> predictive(String key, String list) {
        Map<String, String> cells = PlanRowFixtures.predictive(key, "queue-" + key, "2026-09-15T08:00", "2026-09-15T17:00");
        cells.put("target_list_id", list);
        return cells;
    }

    @Test
    void rejectsBeforeAnyChangeEveryRowNamingAListCxoneDoesNotHave() {
        stage(2, predictive("K-1", "list-K-1"));
        stage(3, predictive("K-2", "list-gone"));
        stage(4, predictive("K-3", "list-gone"));
        stage(5, PlanRowFixtures.preview("P-1", "queue-p", "2026-09-15T08:00", "2026-09-15T17:00"));

        StepTally tally = preflight.check(RUN, 40);

        assertThat(tally).isEqualTo(new StepTally(4, 2));
        assertThat(asked).as("each distinct list once").containsExactly("list-K-1", "list-gone", "cl-P-1");
        assertThat(staging.item(RUN, 3).status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(staging.item(RUN, 3).stage()).isEqualTo("PREFLIGHT");
        assertThat(staging.item(RUN, 4).violations().get(0).code()).isEqualTo(ContactListPreflight.LIST_NOT_FOUND);
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
        assertThat(audit.events).filteredOn(e -> e.outcome() == AuditOutcome.REJECTED).hasSize(2)
                .allSatisfy(e -> assertThat(e.details().get("stage")).isEqualTo("PREFLIGHT"));
    }

    @Test
    void asksNothingForARowWhoseCampaignTheRegistryShowsWiredToItsList() {
        registry.byKey.put(ExternalKey.of("K-2"), new KnownCampaign(ExternalKey.of("K-2"), CampaignId.of("camp-2"), "Campaign K-2",
                CampaignType.PREDICTIVE, CampaignStatus.DRAFT, ScheduleWindow.of(ZoneId.of("America/New_York"),
                        Instant.parse("2026-09-15T12:00:00Z"), Instant.parse("2026-09-15T21:00:00Z")), "queue-K-2", "list-gone",
                Instant.parse("2026-09-01T09:00:00Z")));
        stage(2, predictive("K-2", "list-gone"));

        assertThat(preflight.check(RUN, 40)).isEqualTo(new StepTally(1, 0));
        assertThat(asked).isEmpty();
    }
}
