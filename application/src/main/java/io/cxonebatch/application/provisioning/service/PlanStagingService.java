package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.kit.staging.InputStaging;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.application.provisioning.port.in.StagePlanUseCase;
import java.time.Clock;
import java.util.Iterator;

/** Checks a plan's lines as they stream by and stages them a thousand at a time, auditing every rejection. */
public final class PlanStagingService implements StagePlanUseCase {

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
    public StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines) {
        PlanLineCheck check = new PlanLineCheck(rows);
        return new InputStaging(staging, audit, clock, ProvisioningJob.NAME, ProvisioningStage.VALIDATION)
                .stage(runId, jobExecutionId, lines, check::check);
    }
}
