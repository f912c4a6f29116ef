package io.cxonebatch.application.retention.service;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.retention.StagingRetentionPort.PrunedRows;
import io.cxonebatch.application.port.out.retention.StagingRetentionPort;
import io.cxonebatch.application.retention.RetentionJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a run's working data (its staged plan or roster rows, its suppression staging, its settled notifications) for
 * the retention period after the run ended, then removes it, and says so in the audit. Audit rows are never removed:
 * they are the record; the working data is only what a restart needs.
 */
public final class StagingRetentionService {

    static final String PRUNED = "STAGING_PRUNED";
    /** Shorter would remove what a restart of a recent failure still needs. */
    static final Duration MINIMUM = Duration.ofDays(1);

    private final StagingRetentionPort staging;
    private final AppendAuditEventsPort audit;
    private final Duration retention;
    private final Clock clock;

    public StagingRetentionService(StagingRetentionPort staging, AppendAuditEventsPort audit, Duration retention, Clock clock) {
        if (retention.compareTo(MINIMUM) < 0) {
            throw new IllegalArgumentException("cxone-batch.retention.staging " + retention + " is shorter than " + MINIMUM.toDays()
                    + " day: a failed run could no longer be restarted");
        }
        this.staging = staging;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    public JobResult prune(long jobExecutionId) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        PrunedRows pruned = staging.pruneEndedBefore(cutoff);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("retentionDays", retention.toDays());
        details.put("endedBefore", cutoff.toString());
        details.put("runs", pruned.runs());
        details.put("stagedItems", pruned.stagedItems());
        details.put("suppressionRows", pruned.suppressionRows());
        details.put("notifications", pruned.notifications());
        audit.append(new AuditEvent(now, jobExecutionId, RetentionJob.NAME, PRUNED, null, AuditOutcome.SUCCESS, null, null, details));
        String summary = String.format("Pruned the working data of %d %s that ended before %s (retention %d days): %d staged "
                + "items, %d suppression rows, %d settled notifications. Audit rows are never pruned.", pruned.runs(),
                pruned.runs() == 1 ? "run" : "runs", cutoff,
                retention.toDays(), pruned.stagedItems(), pruned.suppressionRows(), pruned.notifications());
        return new JobResult(pruned.runs(), pruned.runs(), 0, 0, 0, List.of(summary), List.of());
    }
}
