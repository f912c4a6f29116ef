package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeRegistry;
import io.cxonebatch.application.kit.FakeStaging;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactListPreflightTest {

    private static final Instant NOW = Instant.parse("2026-09-15T12:00:00Z");
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(ZoneId.of("America/New_York"),
            Instant.parse("2026-09-16T12:00:00Z"), Instant.parse("2026-09-16T21:00:00Z"));
    private static final CampaignSpec PREDICTIVE = new CampaignSpec(ExternalKey.of("Q3-1"), "Outreach Q3-1",
            CampaignType.PREDICTIVE, null, List.of("SALES"), List.of("SALE"), 1000, WINDOW, "queue-1",
            new DialerRule(0.03, 1.25, 50, "list-7"), null, false, List.of());
    private static final CampaignSpec PREVIEW = new CampaignSpec(ExternalKey.of("P-1"), "Preview P-1", CampaignType.PREVIEW,
            null, List.of("SALES"), List.of("SALE"), null, WINDOW, "queue-2", null, new PreviewSettings("list-9", "queue-2", 5),
            false, List.of());

    private static KnownCampaign known(CampaignSpec spec, CampaignId campaignId, String targetListId) {
        return new KnownCampaign(spec.externalKey(), campaignId, spec.name(), spec.type(), CampaignStatus.DRAFT, WINDOW,
                spec.queueId(), targetListId, NOW);
    }

    @Test
    void missingAsksCxoneOnceForEachDistinctListAndReturnsTheOnesItLacks() {
        List<String> asked = new ArrayList<>();
        ContactListPreflight preflight = new ContactListPreflight(listId -> {
            asked.add(listId);
            return !listId.startsWith("gone");
        }, PlanRowFixtures.planRows(), new FakeStaging(), new FakeRegistry(), new FakeAudit(), Clock.systemUTC());

        assertThat(preflight.missing(List.of("list-7", "gone-1", "list-7", "list-9", "gone-1", "gone-2")))
                .containsExactly("gone-1", "gone-2");
        assertThat(asked).containsExactly("list-7", "gone-1", "list-9", "gone-2");
    }

    @Test
    void listToCheckSkipsTheListTheRegistryShowsTheCampaignAlreadyWiredTo() {
        assertThat(ContactListPreflight.listToCheck(PREDICTIVE, known(PREDICTIVE, CampaignId.of("camp-1"), "list-7"))).isEmpty();
        assertThat(ContactListPreflight.listToCheck(PREVIEW, known(PREVIEW, CampaignId.of("camp-2"), "list-9"))).isEmpty();
    }

    @Test
    void listToCheckIsTheDialledListForANewRowARowWiredToAnotherListOrAnIntentWithoutACampaign() {
        assertThat(ContactListPreflight.listToCheck(PREDICTIVE, null)).contains("list-7");
        assertThat(ContactListPreflight.listToCheck(PREDICTIVE, known(PREDICTIVE, CampaignId.of("camp-1"), "list-6"))).contains("list-7");
        assertThat(ContactListPreflight.listToCheck(PREDICTIVE, known(PREDICTIVE, null, "list-7"))).contains("list-7");
    }

    @Test
    void missingListNamesTheTargetListColumnForAPredictiveRowAndTheContactListColumnForAPreview() {
        Violation predictive = ContactListPreflight.missingList(PREDICTIVE);
        Violation preview = ContactListPreflight.missingList(PREVIEW);

        assertThat(predictive.code()).isEqualTo(ContactListPreflight.LIST_NOT_FOUND);
        assertThat(predictive.field()).isEqualTo("target_list_id");
        assertThat(predictive.message()).contains("'list-7'");
        assertThat(preview.code()).isEqualTo(ContactListPreflight.LIST_NOT_FOUND);
        assertThat(preview.field()).isEqualTo("contact_list_id");
        assertThat(preview.message()).contains("'list-9'");
    }
}
