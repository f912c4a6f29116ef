package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.application.service.ContactListPreflight;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: asks CXone once for each distinct contact list the PENDING rows dial (rows whose campaign the registry
 * already shows wired to its list need no check), then rejects the rows that name a list CXone does not have,
 * before any change is made. Reads CXone, changes nothing there.
 */
final class ContactListPreflightTasklet implements Tasklet {

    private final PendingRowBatches pending;
    private final ContactListPreflight preflight;
    private final StagePlanRowsPort rows;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    ContactListPreflightTasklet(PendingRowBatches pending, ContactListPreflight preflight, StagePlanRowsPort rows,
            AppendAuditEventsPort audit, Clock clock) {
        this.pending = pending;
        this.preflight = preflight;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        Set<String> toCheck = new LinkedHashSet<>();
        pending.forEachBatch(runId, batch -> batch.forEach(row -> {
            contribution.incrementReadCount();
            if (row.spec() instanceof Validated.Valid<CampaignSpec> valid) {
                ContactListPreflight.listToCheck(valid.value(), row.known()).ifPresent(toCheck::add);
            }
        }));
        Set<String> missing = preflight.missing(toCheck);
        if (!missing.isEmpty()) {
            reject(runId, step.getJobExecutionId(), missing, contribution);
        }
        return RepeatStatus.FINISHED;
    }

    private void reject(long runId, long jobExecutionId, Set<String> missing, StepContribution contribution) {
        pending.forEachBatch(runId, batch -> {
            List<PlanRowResult> rejected = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>();
            for (PendingRowBatches.PendingRow row : batch) {
                if (!(row.spec() instanceof Validated.Valid<CampaignSpec> valid)) {
                    continue;
                }
                boolean namesMissingList = ContactListPreflight.listToCheck(valid.value(), row.known()).filter(missing::contains).isPresent();
                if (namesMissingList) {
                    var violations = List.of(ContactListPreflight.missingList(valid.value()));
                    rejected.add(PlanRowResult.rejected(row.row().line(), PlanRowStage.PREFLIGHT, violations));
                    events.add(RowAudit.rejected(clock.instant(), jobExecutionId, row.row().line(), row.row().externalKey(),
                            PlanRowStage.PREFLIGHT, violations));
                }
            }
            if (!rejected.isEmpty()) {
                rows.settle(runId, rejected);
                audit.append(events);
                contribution.incrementWriteCount(rejected.size());
            }
        });
    }
}
