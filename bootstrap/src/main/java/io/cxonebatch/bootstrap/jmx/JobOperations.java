package io.cxonebatch.bootstrap.jmx;

import io.cxonebatch.bootstrap.batch.ExecutionHistory;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.security.AccessController;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.management.remote.JMXPrincipal;
import javax.security.auth.Subject;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;

/** Job operations over JMX, for operators who manage the daemon with a JMX console. */
@ManagedResource(objectName = "io.cxonebatch:type=JobOperations", description = "Launch, stop and restart cxone-batch jobs")
public class JobOperations {

    private final JobRunner jobRunner;
    private final ExecutionHistory history;

    public JobOperations(JobRunner jobRunner, ExecutionHistory history) {
        this.jobRunner = jobRunner;
        this.history = history;
    }

    @ManagedOperation(description = "The names of the jobs")
    public List<String> jobNames() {
        return jobRunner.jobNames();
    }

    @ManagedOperation(description = "Run a job and wait for it; returns its outcome")
    @ManagedOperationParameter(name = "jobName", description = "e.g. campaign-provisioning")
    @ManagedOperationParameter(name = "parameters", description = "space-separated KEY=VALUE pairs, e.g. plan=/data/plan.csv")
    public String start(String jobName, String parameters) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : parameters.trim().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Job parameter '" + pair + "' is not of the form KEY=VALUE");
            }
            parsed.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        parsed.put(JobRunner.LAUNCHED_BY, "jmx:" + principal());
        return plainly(() -> describe(jobRunner.start(jobName, parsed)));
    }

    @ManagedOperation(description = "Restart a failed, stopped or crashed execution and wait for it")
    @ManagedOperationParameter(name = "executionId", description = "the execution to restart")
    public String restart(long executionId) {
        return plainly(() -> describe(jobRunner.restart(executionId, "jmx:" + principal())));
    }

    @ManagedOperation(description = "Ask a running execution to stop at its next chunk boundary")
    @ManagedOperationParameter(name = "executionId", description = "the execution to stop")
    public boolean stop(long executionId) {
        return plainly(() -> jobRunner.stop(executionId) == JobRunner.StopOutcome.REQUESTED);
    }

    @ManagedOperation(description = "The status of an execution")
    @ManagedOperationParameter(name = "executionId", description = "the execution")
    public String status(long executionId) {
        return plainly(() -> describe(jobRunner.execution(executionId)));
    }

    /** The JMX user calling, as the connector authenticated them; {@code local} for an in-process or local console. */
    @SuppressWarnings("removal") // Subject.current() is Java 18+; on 17 the connector's subject is read this way.
    private static String principal() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return "local";
        }
        return subject.getPrincipals(JMXPrincipal.class).stream().map(JMXPrincipal::getName).findFirst().orElse("local");
    }

    /**
     * A refusal reaches a remote JMX client as a JDK exception with the reason in its message: the client has none of
     * this project's exception classes to unmarshal.
     */
    private static <T> T plainly(Callable<T> operation) {
        try {
            return operation.call();
        } catch (Exception e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @ManagedOperation(description = "The most recent executions of every job, newest first: id, job, status, start, end, counts")
    @ManagedOperationParameter(name = "limit", description = "how many executions at most")
    public List<String> recentExecutions(int limit) {
        return history.newest(jobRunner.jobNames(), limit).stream().map(JobOperations::line).toList();
    }

    private static String line(JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        long read = execution.getStepExecutions().stream().mapToLong(step -> step.getReadCount()).sum();
        long written = execution.getStepExecutions().stream().mapToLong(step -> step.getWriteCount()).sum();
        return outcome.executionId() + " " + outcome.jobName() + " " + outcome.status() + " started " + execution.getStartTime()
                + " ended " + execution.getEndTime() + " read " + read + " written " + written + " rejected "
                + outcome.rejected() + " failed " + outcome.failed();
    }

    private static String describe(JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        return outcome.jobName() + " execution " + outcome.executionId() + ": " + outcome.status() + ", rejected "
                + outcome.rejected() + ", failed " + outcome.failed();
    }
}
