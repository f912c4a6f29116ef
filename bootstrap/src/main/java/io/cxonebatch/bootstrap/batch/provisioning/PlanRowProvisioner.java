package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.in.ActivationOutcome;
import io.cxonebatch.application.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.port.in.ProvisioningPass;
import io.cxonebatch.application.port.in.ProvisioningOutcome;
import io.cxonebatch.application.port.in.ProvisioningResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions one PENDING row through the use case's pass and records what became of it at once, in its own
 * transaction: the CXone work is done by then, so a crash may not forget it. A row CXone could not be reached for
 * is left PENDING (empty result) for the step to try again. Called from several threads at once; holds no state of
 * its own between rows.
 */
final class PlanRowProvisioner {

    private static final Logger log = LoggerFactory.getLogger(PlanRowProvisioner.class);

    private final PlanRowSpecs specs;
    private final StagePlanRowsPort rows;
    private final long runId;
    private final ProvisioningPass provisioning;
    private final AppendAuditEventsPort audit;
    private final Clock clock;
    private final long jobExecutionId;
    private final boolean dryRun;

    PlanRowProvisioner(PlanRowSpecs specs, StagePlanRowsPort rows, long runId, ProvisioningPass provisioning,
            AppendAuditEventsPort audit, Clock clock, long jobExecutionId, boolean dryRun) {
        this.specs = specs;
        this.rows = rows;
        this.runId = runId;
        this.provisioning = provisioning;
        this.audit = audit;
        this.clock = clock;
        this.jobExecutionId = jobExecutionId;
        this.dryRun = dryRun;
    }

    /** The row's recorded result, or empty when it was deferred and stays PENDING. */
    Optional<PlanRowResult> provision(PlanRow row) {
        PlanRowResult result;
        try {
            result = carryOut(row);
        } catch (RuntimeException e) {
            // One row's surprise must not abandon the others mid-call (a failed item ends the whole chunk).
            log.error("Provisioning line {} ({}) failed unexpectedly", row.line(), row.externalKey(), e);
            result = new PlanRowResult(row.line(), PlanRowStatus.FAILED, PlanRowStage.PROVISIONING,
                    List.of(Violation.of("UNEXPECTED_ERROR", "", "unexpected " + e.getClass().getSimpleName() + ": "
                            + (e.getMessage() == null ? "no message" : e.getMessage()))), null, List.of());
        }
        if (result == null) {
            return Optional.empty();
        }
        rows.settle(runId, List.of(result));
        return Optional.of(result);
    }

    /** Null when the row was deferred. */
    private @Nullable PlanRowResult carryOut(PlanRow row) {
        Validated<CampaignSpec> checked = specs.check(row);
        if (!(checked instanceof Validated.Valid<CampaignSpec> valid)) {
            audit.append(RowAudit.rejected(clock.instant(), jobExecutionId, row.line(), row.externalKey(),
                    PlanRowStage.PROVISIONING, checked.violations()));
            return PlanRowResult.rejected(row.line(), PlanRowStage.PROVISIONING, checked.violations());
        }
        CampaignSpec spec = valid.value();
        ProvisioningResult result = provisioning.provision(new ProvisionCampaignCommand(spec, jobExecutionId, dryRun));
        if (!spec.dstAdjustments().isEmpty() && result.outcome() != ProvisioningOutcome.ALREADY_PRESENT) {
            // The row's local time did not exist (or existed twice): say what was provisioned instead.
            List<String> changes = new ArrayList<>();
            spec.dstAdjustments().forEach(adjustment -> changes.add(adjustment.describe()));
            changes.addAll(result.changes());
            result = new ProvisioningResult(result.externalKey(), result.campaignId(), result.outcome(), result.activation(),
                    changes, result.reason());
        }
        String campaignId = result.campaignId() == null ? null : result.campaignId().value();
        return switch (result.outcome()) {
            case PROVISIONED -> settled(row, PlanRowStatus.PROVISIONED, campaignId, result);
            case ALREADY_PRESENT -> settled(row, PlanRowStatus.ALREADY_PRESENT, campaignId, result);
            case PLANNED -> settled(row, PlanRowStatus.PLANNED, campaignId, result);
            case REJECTED -> new PlanRowResult(row.line(), PlanRowStatus.REJECTED, PlanRowStage.PROVISIONING,
                    List.of(Violation.of(result.activation() == ActivationOutcome.REFUSED ? "ACTIVATION_REFUSED" : "PROVISIONING_REFUSED",
                            "", reason(result))), campaignId, result.changes());
            case DEFERRED -> null;
            case FAILED -> new PlanRowResult(row.line(), PlanRowStatus.FAILED, PlanRowStage.PROVISIONING,
                    List.of(Violation.of(result.activation() == ActivationOutcome.FAILED ? "ACTIVATION_FAILED" : "CXONE_CALL_FAILED",
                            "", reason(result))), campaignId, result.changes());
        };
    }

    private static PlanRowResult settled(PlanRow row, PlanRowStatus status, String campaignId, ProvisioningResult result) {
        return new PlanRowResult(row.line(), status, null, List.of(), campaignId, result.changes());
    }

    private static String reason(ProvisioningResult result) {
        String reason = result.reason();
        return reason == null || reason.isBlank() ? result.outcome().name().toLowerCase() : reason;
    }
}
