package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Leaves the run itself in the audit record: {@code JOB_STARTED} with its parameters, {@code JOB_FINISHED} with its
 * status, exit code and the counts the job reported. Every job registers it, next to {@link RunOwner}.
 */
public class RunAudit implements JobExecutionListener {

    static final String STARTED = "JOB_STARTED";
    static final String FINISHED = "JOB_FINISHED";

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
        audit.append(event(execution, STARTED, AuditOutcome.STARTED, details));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", execution.getStatus().name());
        details.put("exitCode", execution.getExitStatus().getExitCode());
        var context = execution.getExecutionContext();
        details.put("rejected", context.getLong(JobOutcome.REJECTED, 0L));
        details.put("failed", context.getLong(JobOutcome.FAILED, 0L));
        AuditOutcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? AuditOutcome.COMPLETED : AuditOutcome.FAILED;
        audit.append(event(execution, FINISHED, outcome, details));
    }

    private AuditEvent event(JobExecution execution, String action, AuditOutcome outcome, Map<String, Object> details) {
        return new AuditEvent(clock.instant(), execution.getId(), execution.getJobInstance().getJobName(), action, null,
                outcome, null, null, details);
    }
}
