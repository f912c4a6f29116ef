package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.domain.campaign.CampaignScheduleChecker;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 2: books the windows of CXone's ACTIVE and SCHEDULED campaigns (every page), then claims each PENDING row's
 * window in line order; a row whose window clashes, on the same queue or list (or anywhere, with
 * {@code conflictScope=any}), is rejected naming what it clashes with. A campaign this project created for a row's
 * key never clashes with that row, so a re-run does not reject its own campaigns. Rows whose campaign the registry
 * already knows are past this check (their campaign exists) and are never rejected, though their windows still
 * count against the rows after them; CXone is read only once a row new to it comes up, so a re-run of known rows
 * does not read it at all. Reads CXone, changes nothing there.
 */
final class ConflictCheckTasklet implements Tasklet {

    static final String PENDING_PREVIEW_ROWS = "provisioning.pendingPreviewRows";

    private final PendingRowBatches pending;
    private final StagePlanRowsPort rows;
    private final ListCampaignsPort campaigns;
    private final LoadKnownCampaignPort known;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    ConflictCheckTasklet(PendingRowBatches pending, StagePlanRowsPort rows, ListCampaignsPort campaigns, LoadKnownCampaignPort known,
            AppendAuditEventsPort audit, Clock clock) {
        this.pending = pending;
        this.rows = rows;
        this.campaigns = campaigns;
        this.known = known;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ProvisioningParameters parameters = ProvisioningParameters.of(step.getJobParameters());
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        long jobExecutionId = step.getJobExecutionId();
        CampaignScheduleChecker checker = new CampaignScheduleChecker(parameters.conflictScope());
        boolean[] booked = {false};
        long[] previews = {0};
        List<PlanRowResult> rejected = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        pending.forEachBatch(runId, batch -> {
            for (PendingRowBatches.PendingRow row : batch) {
                contribution.incrementReadCount();
                PlanRow planRow = row.row();
                String label = PlanRowSpecs.entry(planRow.line(), planRow.cells()).label();
                if (row.inCxoneAlready()) {
                    // Its campaign exists, so the row is past this check, but its window still holds against later rows.
                    row.spec().flatMap(spec -> checker.claim(spec, label));
                    countPreview(row.spec(), previews);
                    continue;
                }
                if (!booked[0]) {
                    // Only a row new to CXone needs CXone's windows; a plan of known rows never reads them.
                    bookExistingCampaigns(checker);
                    booked[0] = true;
                }
                Validated<CampaignSpec> claimed = row.spec().flatMap(spec -> checker.claim(spec, label));
                if (claimed instanceof Validated.Valid<CampaignSpec>) {
                    countPreview(claimed, previews);
                    continue;
                }
                rejected.add(PlanRowResult.rejected(planRow.line(), PlanRowStage.CONFLICTS, claimed.violations()));
                events.add(RowAudit.rejected(clock.instant(), jobExecutionId, planRow.line(), planRow.externalKey(),
                        PlanRowStage.CONFLICTS, claimed.violations()));
            }
            flush(runId, rejected, events, contribution);
        });
        step.getJobExecution().getExecutionContext().putLong(PENDING_PREVIEW_ROWS, previews[0]);
        return RepeatStatus.FINISHED;
    }

    private static void countPreview(Validated<CampaignSpec> spec, long[] previews) {
        if (spec instanceof Validated.Valid<CampaignSpec> valid && valid.value().type() == CampaignType.PREVIEW) {
            previews[0]++;
        }
    }

    private void bookExistingCampaigns(CampaignScheduleChecker checker) {
        campaigns.forEachCampaignPage(page -> {
            for (RemoteCampaign campaign : page) {
                if (campaign.window() == null || !campaign.status().holdsSchedule()) {
                    continue;
                }
                ExternalKey createdFor = known.findByKeyOrCampaignId(campaign.id().value())
                        .filter(k -> campaign.id().equals(k.campaignId()))
                        .map(KnownCampaign::externalKey)
                        .orElse(null);
                checker.addExisting(campaign.id(), campaign.name(), campaign.status(), campaign.window(),
                        campaign.queueId(), campaign.targetListId(), createdFor);
            }
        });
    }

    private void flush(long runId, List<PlanRowResult> rejected, List<AuditEvent> events, StepContribution contribution) {
        if (!rejected.isEmpty()) {
            rows.settle(runId, rejected);
            contribution.incrementWriteCount(rejected.size());
            rejected.clear();
        }
        if (!events.isEmpty()) {
            audit.append(events);
            events.clear();
        }
    }
}
