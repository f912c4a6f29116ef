package io.cxonebatch.domain.campaign;

import static io.cxonebatch.domain.campaign.CampaignStatus.ACTIVATING;
import static io.cxonebatch.domain.campaign.CampaignStatus.ACTIVE;
import static io.cxonebatch.domain.campaign.CampaignStatus.CANCELED;
import static io.cxonebatch.domain.campaign.CampaignStatus.COMPLETED;
import static io.cxonebatch.domain.campaign.CampaignStatus.DRAFT;
import static io.cxonebatch.domain.campaign.CampaignStatus.FAILED;
import static io.cxonebatch.domain.campaign.CampaignStatus.PAUSED;
import static io.cxonebatch.domain.campaign.CampaignStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.domain.validation.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    private static final Map<CampaignStatus, Set<CampaignStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SCHEDULED, ACTIVATING, CANCELED),
            SCHEDULED, EnumSet.of(ACTIVATING, CANCELED, DRAFT),
            ACTIVATING, EnumSet.of(ACTIVE, FAILED),
            ACTIVE, EnumSet.of(PAUSED, COMPLETED, CANCELED),
            PAUSED, EnumSet.of(ACTIVE, COMPLETED, CANCELED),
            COMPLETED, EnumSet.noneOf(CampaignStatus.class),
            FAILED, EnumSet.noneOf(CampaignStatus.class),
            CANCELED, EnumSet.noneOf(CampaignStatus.class));

    private static Set<CampaignStatus> where(java.util.function.Predicate<CampaignStatus> test) {
        return Arrays.stream(CampaignStatus.values()).filter(test).collect(Collectors.toCollection(() -> EnumSet.noneOf(CampaignStatus.class)));
    }

    @Test
    void allowsExactlyTheTransitionsOfTheLifecycleTable() {
        for (CampaignStatus from : CampaignStatus.values()) {
            for (CampaignStatus to : CampaignStatus.values()) {
                assertThat(from.canTransitionTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void terminalStatusesAreCompletedFailedAndCanceledAndGoNowhere() {
        assertThat(where(CampaignStatus::isTerminal)).containsExactlyInAnyOrder(COMPLETED, FAILED, CANCELED);
        assertThat(COMPLETED.successors()).isEmpty();
        assertThat(FAILED.successors()).isEmpty();
        assertThat(CANCELED.successors()).isEmpty();
    }

    @Test
    void anActivationEndsWhenTheCampaignIsActiveOrTerminalOrAlreadyPausedAgain() {
        assertThat(where(CampaignStatus::endsActivation))
                .containsExactlyInAnyOrder(ACTIVE, PAUSED, COMPLETED, FAILED, CANCELED);
    }

    @Test
    void onlyDraftAndScheduledCampaignsCanBeActivated() {
        assertThat(where(CampaignStatus::isActivatable)).containsExactlyInAnyOrder(DRAFT, SCHEDULED);
    }

    @Test
    void onlyActiveAndScheduledCampaignsHoldTheirSchedule() {
        assertThat(where(CampaignStatus::holdsSchedule)).containsExactlyInAnyOrder(ACTIVE, SCHEDULED);
    }

    @Test
    void readsStatusesIgnoringCaseAndBlanks() {
        assertThat(CampaignStatus.fromText(" activating ")).contains(ACTIVATING);
        assertThat(CampaignStatus.fromText("RUNNING")).isEmpty();
        assertThat(CampaignStatus.fromText(null)).isEmpty();
    }

    @Test
    void reportsAnUnknownStatusAsAViolationNamingIt() {
        var result = CampaignStatus.parse("running", "status");

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("UNKNOWN_CAMPAIGN_STATUS");
            assertThat(v.message()).startsWith("status 'running' is not a campaign status");
        });
        assertThat(CampaignStatus.parse("Paused", "status").valueOrThrow()).isEqualTo(PAUSED);
    }

    @Test
    void campaignTypesAreReadIgnoringCase() {
        assertThat(CampaignType.parse("preview", "type").valueOrThrow()).isEqualTo(CampaignType.PREVIEW);
        assertThat(CampaignType.parse("Predictive", "dialer_type").valueOrThrow()).isEqualTo(CampaignType.PREDICTIVE);
        assertThat(CampaignType.PROGRESSIVE.apiName()).isEqualTo("progressive");
    }

    @Test
    void anUnknownOrEmptyCampaignTypeIsAViolation() {
        assertThat(CampaignType.parse("AGENTLESS", "type").violations()).extracting(Violation::code)
                .containsExactly("UNKNOWN_CAMPAIGN_TYPE");
        assertThat(CampaignType.parse(" ", "type").violations()).extracting(Violation::code)
                .containsExactly("MISSING_VALUE");
    }

    @Test
    void aPollMaySeeAStatusSeveralTransitionsOnButNeverOneTheLifecycleCannotReach() {
        assertThat(DRAFT.canReach(ACTIVE)).isTrue();
        assertThat(SCHEDULED.canReach(COMPLETED)).isTrue();
        assertThat(COMPLETED.canReach(ACTIVE)).isFalse();
        assertThat(ACTIVE.canReach(DRAFT)).isFalse();
        assertThat(ACTIVE.canReach(ACTIVE)).isTrue();
        assertThat(FAILED.canReach(FAILED)).isFalse();
    }
}
