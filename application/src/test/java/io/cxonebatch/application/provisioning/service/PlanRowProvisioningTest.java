package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeStaging;
import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignUseCase;
import io.cxonebatch.application.provisioning.port.in.ProvisionPlanRowsUseCase.RowPass;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PlanRowProvisioningTest {

    private static final long RUN = 3;

    private final FakeStaging staging = new FakeStaging();
    private final FakeAudit audit = new FakeAudit();
    private final List<ProvisionCampaignCommand> commands = new ArrayList<>();
    private Function<ProvisionCampaignCommand, ProvisioningResult> answer;
    private final ProvisionCampaignUseCase campaigns = () -> command -> {
        commands.add(command);
        return answer.apply(command);
    };
    private final RowPass pass = new PlanRowProvisioning(PlanRowFixtures.planRows(), staging, campaigns, audit,
            MutableClock.of(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC)).startPass(RUN, 30, false);

    private io.cxonebatch.application.kit.StagedItem staged(Map<String, String> cells) {
        staging.stage("campaign-provisioning", RUN, List.of(NewItem.valid(2, cells.get("external_key"), cells)));
        return staging.item(RUN, 2);
    }

    private static Map<String, String> row() {
        return PlanRowFixtures.predictive("K-1", "queue-a", "2026-09-15T08:00", "2026-09-15T17:00");
    }

    private static ProvisioningResult result(ProvisionCampaignCommand command, ItemStatus status, ActivationOutcome activation,
            String reason) {
        return new ProvisioningResult(command.spec().externalKey(), CampaignId.of("camp-1"), status, activation,
                List.of("created campaign"), reason);
    }

    @Test
    void aDoneRowIsSettledAtOnceWithItsCampaignAndChanges() {
        answer = command -> result(command, ItemStatus.DONE, ActivationOutcome.NOT_REQUESTED, null);

        Optional<ItemResult> settled = pass.provision(staged(row()));

        assertThat(settled).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ItemStatus.DONE));
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.DONE);
        assertThat(staging.item(RUN, 2).resultRef()).isEqualTo("camp-1");
        assertThat(staging.item(RUN, 2).changes()).containsExactly("created campaign");
        assertThat(commands).singleElement().satisfies(c -> {
            assertThat(c.jobExecutionId()).isEqualTo(30L);
            assertThat(c.dryRun()).isFalse();
        });
    }

    @Test
    void aRowCxoneCouldNotBeReachedForStaysPendingForLater() {
        answer = command -> result(command, ItemStatus.PENDING, ActivationOutcome.NOT_REQUESTED, "CXone is not answering");

        assertThat(pass.provision(staged(row()))).isEmpty();
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.PENDING);
    }

    @Test
    void aLocalTimeThatDidNotExistIsSaidFirstAmongTheChanges() {
        answer = command -> result(command, ItemStatus.DONE, ActivationOutcome.NOT_REQUESTED, null);
        Map<String, String> inTheGap = PlanRowFixtures.predictive("K-1", "queue-a", "2026-03-08T02:30", "2026-03-08T17:00");

        pass.provision(staged(inTheGap));

        assertThat(staging.item(RUN, 2).changes()).hasSize(2).last().isEqualTo("created campaign");
        assertThat(staging.item(RUN, 2).changes().get(0)).contains("02:30");
    }

    @Test
    void aRefusedActivationAndAFailedCallSayWhichInTheirCode() {
        ProvisioningResult refused = result(commandFor(), ItemStatus.REJECTED, ActivationOutcome.REFUSED, "licensed previews all active");
        ProvisioningResult failedActivation = result(commandFor(), ItemStatus.FAILED, ActivationOutcome.FAILED, "ended as FAILED");
        ProvisioningResult failedCall = result(commandFor(), ItemStatus.FAILED, ActivationOutcome.NOT_REQUESTED, "HTTP 400");

        assertThat(code(refused)).isEqualTo("ACTIVATION_REFUSED");
        assertThat(code(failedActivation)).isEqualTo("ACTIVATION_FAILED");
        assertThat(code(failedCall)).isEqualTo("CXONE_CALL_FAILED");
        assertThat(PlanRowProvisioning.settled(2, spec(), failedCall).violations()).extracting(Violation::message)
                .containsExactly("HTTP 400");
    }

    @Test
    void aRowThatNoLongerPassesItsChecksIsRejectedWithoutAnyCall() {
        Map<String, String> cells = row();
        cells.put("max_concurrent_calls", "100000");

        assertThat(pass.provision(staged(cells))).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ItemStatus.REJECTED);
            assertThat(r.stage()).isEqualTo("PROVISIONING");
        });
        assertThat(commands).isEmpty();
        assertThat(audit.only("PLAN_ROW_REJECTED", AuditOutcome.REJECTED).details().get("stage")).isEqualTo("PROVISIONING");
    }

    @Test
    void aSurpriseFailsItsRowAloneWithTheCause() {
        answer = command -> {
            throw new IllegalStateException("registry unreachable");
        };

        assertThat(pass.provision(staged(row()))).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ItemStatus.FAILED);
            assertThat(r.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(PlanRowProvisioning.UNEXPECTED_ERROR);
                assertThat(v.message()).contains("IllegalStateException").contains("registry unreachable");
            });
        });
        assertThat(staging.item(RUN, 2).status()).isEqualTo(ItemStatus.FAILED);
    }

    private static io.cxonebatch.domain.campaign.CampaignSpec spec() {
        return ((io.cxonebatch.domain.validation.Validated.Valid<io.cxonebatch.domain.campaign.CampaignSpec>)
                PlanRowFixtures.planRows().check(2, row())).value();
    }

    private static ProvisionCampaignCommand commandFor() {
        return new ProvisionCampaignCommand(spec(), 30L, false);
    }

    private static String code(ProvisioningResult result) {
        return PlanRowProvisioning.settled(2, spec(), result).violations().get(0).code();
    }
}
