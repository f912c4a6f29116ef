package io.cxonebatch.bootstrap.jmx;

import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedOperationParameter;
import org.springframework.jmx.export.annotation.ManagedResource;

/** Job operations over JMX, for operators who manage the daemon with a JMX console. */
@ManagedResource(objectName = "io.cxonebatch:type=JobOperations", description = "Launch, stop and restart cxone-batch jobs")
public class JobOperations {

    private final JobRunner jobRunner;
    private final JobOperator jobOperator;

    public JobOperations(JobRunner jobRunner, JobOperator jobOperator) {
        this.jobRunner = jobRunner;
        this.jobOperator = jobOperator;
    }

    @ManagedOperation(description = "The names of the jobs")
    public List<String> jobNames() {
        return jobRunner.jobNames();
    }

    @ManagedOperation(description = "Run a job and wait for it; returns its outcome")
    @ManagedOperationParameter(name = "jobName", description = "e.g. campaign-provisioning")
    @ManagedOperationParameter(name = "parameters", description = "space-separated KEY=VALUE pairs, e.g. plan=/data/plan.csv")
    public String start(String jobName, String parameters) throws Exception {
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
        return describe(jobRunner.start(jobName, parsed));
    }

    @ManagedOperation(description = "Restart a failed, stopped or crashed execution and wait for it")
    @ManagedOperationParameter(name = "executionId", description = "the execution to restart")
    public String restart(long executionId) throws Exception {
        return describe(jobRunner.restart(executionId));
    }

    @ManagedOperation(description = "Ask a running execution to stop at its next chunk boundary")
    @ManagedOperationParameter(name = "executionId", description = "the execution to stop")
    public boolean stop(long executionId) throws Exception {
        return jobOperator.stop(jobRunner.execution(executionId));
    }

    @ManagedOperation(description = "The status of an execution")
    @ManagedOperationParameter(name = "executionId", description = "the execution")
    public String status(long executionId) {
        return describe(jobRunner.execution(executionId));
    }

    private static String describe(JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        return outcome.jobName() + " execution " + outcome.executionId() + ": " + outcome.status() + ", rejected "
                + outcome.rejected() + ", failed " + outcome.failed();
    }
}
