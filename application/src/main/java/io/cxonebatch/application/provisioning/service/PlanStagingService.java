package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.application.provisioning.port.in.PlanLine;
import io.cxonebatch.application.provisioning.port.in.StagePlanUseCase;
import io.cxonebatch.application.provisioning.port.in.StepTally;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Checks a plan's lines as they stream by and stages them a thousand at a time, auditing every rejection. */
public final class PlanStagingService implements StagePlanUseCase {

    static final int BATCH = 1_000;

    private final PlanRows rows;
    private final StageItemsPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public PlanStagingService(PlanRows rows, StageItemsPort staging, AppendAuditEventsPort audit, Clock clock) {
        this.rows = rows;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StepTally stage(long runId, long jobExecutionId, Iterator<PlanLine> lines) {
        PlanLineCheck check = new PlanLineCheck(rows);
        List<NewItem> batch = new ArrayList<>(BATCH);
        List<AuditEvent> rejections = new ArrayList<>();
        long read = 0;
        staging.clearRun(runId);
        while (lines.hasNext()) {
            NewItem item = check.check(lines.next());
            read++;
            batch.add(item);
            if (!item.isValid()) {
                rejections.add(PlanRowAudit.rejected(clock.instant(), jobExecutionId, item.key(), item.ref(),
                        ProvisioningStage.VALIDATION, item.violations()));
            }
            if (batch.size() == BATCH) {
                flush(runId, batch, rejections);
            }
        }
        flush(runId, batch, rejections);
        return new StepTally(read, read);
    }

    private void flush(long runId, List<NewItem> batch, List<AuditEvent> rejections) {
        if (!batch.isEmpty()) {
            staging.stage(ProvisioningJob.NAME, runId, batch);
            batch.clear();
        }
        if (!rejections.isEmpty()) {
            audit.append(rejections);
            rejections.clear();
        }
    }
}
