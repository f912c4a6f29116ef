package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Leaves the run itself in the audit record: {@code JOB_STARTED} with its parameters (and, for a restart, who asked
 * for it under {@value #RESTARTED_BY}), {@code JOB_FINISHED} with its
 * status, exit code and the counts of the job's {@link JobResult}. Every job registers it, next to {@link RunOwner}.
 * A run that completes without recording a result is marked FAILED here, so that a job which forgets to say what it
 * did can never pass for a clean run.
 */
public class RunAudit implements JobExecutionListener {

    static final String STARTED = "JOB_STARTED";
    static final String FINISHED = "JOB_FINISHED";
    static final String RESTARTED_BY = "restarted.by";
    static final String NO_RESULT = "the job completed without recording its result (its last step must call JobResults.record)";

    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public RunAudit(AppendAuditEventsPort audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Map<String, Object> details = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> details.put(p.name(), String.valueOf(p.value())));
        details.put("owner", RunOwner.current());
        details.put("jobInstanceId", execution.getJobInstance().getInstanceId());
        RestartRequests.current().ifPresent(requestedBy -> details.put(RESTARTED_BY, requestedBy));
        audit.append(event(execution, STARTED, AuditOutcome.STARTED, details));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Optional<JobResult> result = JobResults.of(execution);
        if (execution.getStatus() == BatchStatus.COMPLETED && result.isEmpty()) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(NO_RESULT));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", execution.getStatus().name());
        details.put("exitCode", execution.getExitStatus().getExitCode());
        result.ifPresent(r -> {
            details.put("read", r.read());
            details.put("done", r.done());
            details.put("alreadyDone", r.alreadyDone());
            details.put("rejected", r.rejected());
            details.put("failed", r.failed());
        });
        AuditOutcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? AuditOutcome.COMPLETED : AuditOutcome.FAILED;
        audit.append(event(execution, FINISHED, outcome, details));
    }

    private AuditEvent event(JobExecution execution, String action, AuditOutcome outcome, Map<String, Object> details) {
        return new AuditEvent(clock.instant(), execution.getId(), execution.getJobInstance().getJobName(), action, null,
                outcome, null, null, details);
    }
}
