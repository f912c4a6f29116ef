package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.RowRejection;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignUseCase;
import io.cxonebatch.application.provisioning.port.in.ProvisionPlanRowsUseCase;
import io.cxonebatch.application.provisioning.port.in.ProvisioningPass;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.schedule.DstAdjustment;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Provisions one PENDING row through a pass of the campaign use case and records what became of it at once: the
 * CXone work is done by then, so a crash may not forget it. What the result means for the row is decided here: a
 * row CXone could not be reached for stays PENDING (empty result) to be tried again; a local time that did not
 * exist (or existed twice) is said first among its changes; a refusal and a failure carry a code saying which call.
 * Holds no state between rows; a pass is called from several threads at once.
 */
public final class PlanRowProvisioning implements ProvisionPlanRowsUseCase {

    static final String UNEXPECTED_ERROR = "UNEXPECTED_ERROR";
    private static final System.Logger log = System.getLogger(PlanRowProvisioning.class.getName());

    private final PlanRows rows;
    private final StageItemsPort staging;
    private final ProvisionCampaignUseCase campaigns;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public PlanRowProvisioning(PlanRows rows, StageItemsPort staging, ProvisionCampaignUseCase campaigns,
            AppendAuditEventsPort audit, Clock clock) {
        this.rows = rows;
        this.staging = staging;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RowPass startPass(long runId, long jobExecutionId, boolean dryRun) {
        ProvisioningPass pass = campaigns.startPass();
        return row -> {
            ItemResult result = carryOut(row, pass, jobExecutionId, dryRun);
            if (result == null) {
                return Optional.empty();
            }
            staging.settle(runId, List.of(result));
            return Optional.of(result);
        };
    }

    /** Null when the row was deferred. */
    private @Nullable ItemResult carryOut(StagedItem row, ProvisioningPass pass, long jobExecutionId, boolean dryRun) {
        try {
            Validated<CampaignSpec> checked = rows.check(row);
            if (!(checked instanceof Validated.Valid<CampaignSpec> valid)) {
                audit.append(RowRejection.event(ProvisioningJob.NAME, clock.instant(), jobExecutionId, row.key(), row.ref(),
                        ProvisioningStage.PROVISIONING, checked.violations()));
                return ItemResult.rejected(row.key(), ProvisioningStage.PROVISIONING.name(), checked.violations());
            }
            CampaignSpec spec = valid.value();
            return settled(row.key(), spec, pass.provision(new ProvisionCampaignCommand(spec, jobExecutionId, dryRun)));
        } catch (RuntimeException e) {
            // One row's surprise must not abandon the rows in flight beside it: it fails alone, with the cause.
            log.log(System.Logger.Level.ERROR, "Provisioning line " + row.key() + " (" + row.ref() + ") failed unexpectedly", e);
            return new ItemResult(row.key(), ItemStatus.FAILED, ProvisioningStage.PROVISIONING.name(),
                    List.of(Violation.of(UNEXPECTED_ERROR, "", "unexpected " + e.getClass().getSimpleName() + ": "
                            + (e.getMessage() == null ? "no message" : e.getMessage()))), null, List.of());
        }
    }

    /** What a provisioning result means for the row; null when the row waits for CXone to answer again. */
    static @Nullable ItemResult settled(long line, CampaignSpec spec, ProvisioningResult result) {
        if (result.deferred()) {
            return null;
        }
        if (!spec.dstAdjustments().isEmpty() && result.status() != ItemStatus.ALREADY_DONE) {
            // The row's local time did not exist (or existed twice): say what was provisioned instead.
            result = result.withChangesFirst(spec.dstAdjustments().stream().map(DstAdjustment::describe).toList());
        }
        String campaignId = result.campaignId() == null ? null : result.campaignId().value();
        String stage = ProvisioningStage.PROVISIONING.name();
        return switch (result.status()) {
            case DONE, ALREADY_DONE, PLANNED -> new ItemResult(line, result.status(), null, List.of(), campaignId, result.changes());
            case REJECTED -> new ItemResult(line, ItemStatus.REJECTED, stage, List.of(Violation.of(
                    result.activation() == ActivationOutcome.REFUSED ? "ACTIVATION_REFUSED" : "PROVISIONING_REFUSED", "",
                    reason(result))), campaignId, result.changes());
            case FAILED -> new ItemResult(line, ItemStatus.FAILED, stage, List.of(Violation.of(
                    result.activation() == ActivationOutcome.FAILED ? "ACTIVATION_FAILED" : "CXONE_CALL_FAILED", "",
                    reason(result))), campaignId, result.changes());
            case PENDING -> throw new IllegalStateException("a deferred result was handled above");
        };
    }

    private static String reason(ProvisioningResult result) {
        String reason = result.reason();
        return reason == null || reason.isBlank() ? result.status().name().toLowerCase(java.util.Locale.ROOT) : reason;
    }
}
