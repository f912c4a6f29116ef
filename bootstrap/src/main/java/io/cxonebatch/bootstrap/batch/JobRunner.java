package io.cxonebatch.bootstrap.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts and restarts jobs the way the CLI, JMX and Quartz all need: every start is a new job instance (so a
 * plan can be run again), and a restart first recovers an execution whose process died.
 */
public class JobRunner {

    /** Added to every start so that each run is its own job instance. */
    public static final String RUN_ID = "run.id";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository) {
        this.jobs = new TreeMap<>();
        jobs.forEach(job -> this.jobs.put(job.getName(), job));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    public List<String> jobNames() {
        return List.copyOf(jobs.keySet());
    }

    public boolean hasJob(String name) {
        return jobs.containsKey(name);
    }

    /** Runs a new instance of the job and waits for it. */
    public JobExecution start(String jobName, Map<String, String> parameters) throws Exception {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new NoSuchJobException(jobName, jobNames());
        }
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.forEach(builder::addString);
        builder.addLong(RUN_ID, nextRunId(jobName));
        JobParameters jobParameters = builder.toJobParameters();
        refuseWhileRunning(jobName);
        // Checked before the launch, which would otherwise record a job instance that never ran.
        job.getJobParametersValidator().validate(jobParameters);
        return jobOperator.start(job, jobParameters);
    }

    /**
     * Restarts a FAILED or STOPPED execution where it stopped. An execution still marked STARTED whose process
     * on this host is gone (killed, crashed) is first marked FAILED, so it can be restarted.
     */
    public JobExecution restart(long executionId) throws Exception {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STOPPING
                || execution.getStatus() == BatchStatus.STARTING) {
            String owner = execution.getExecutionContext().getString(RunOwner.KEY, "");
            if (!RunOwner.isDeadOnThisHost(owner)) {
                throw new IllegalStateException("Execution " + executionId + " is " + execution.getStatus()
                        + (owner.isEmpty() ? "" : " in process " + owner)
                        + "; stop it first, or restart it on the host that ran it once that process is gone");
            }
            log.warn("Execution {} was left {} by process {}, which is gone; recovering it", executionId,
                    execution.getStatus(), owner);
            execution = jobOperator.recover(execution);
        }
        return jobOperator.restart(execution);
    }

    /**
     * Two runs of one job at once would race on the same campaigns (a CLI run while {@code serve} fires, two nodes):
     * refuse the second. A run left STARTED by a process that is gone from this host does not count.
     */
    private void refuseWhileRunning(String jobName) {
        for (JobExecution running : jobRepository.findRunningJobExecutions(jobName)) {
            JobExecution execution = execution(running.getId());
            String owner = execution.getExecutionContext().getString(RunOwner.KEY, "");
            if (!RunOwner.isDeadOnThisHost(owner)) {
                throw new JobAlreadyRunningException("Job " + jobName + " is already running: execution "
                        + running.getId() + (owner.isEmpty() ? "" : " in process " + owner)
                        + ". Wait for it, or stop it with 'cxone-batch stop " + running.getId() + "'.");
            }
        }
    }

    public JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new IllegalArgumentException("No job execution " + executionId + " (see 'cxone-batch jobs')");
        }
        return execution;
    }

    private long nextRunId(String jobName) {
        JobInstance last = jobRepository.getLastJobInstance(jobName);
        if (last == null) {
            return 1L;
        }
        JobExecution lastExecution = jobRepository.getLastJobExecution(last);
        JobParameters parameters = lastExecution == null ? new JobParameters() : lastExecution.getJobParameters();
        Long previous = parameters.getLong(RUN_ID);
        return previous == null ? last.getInstanceId() + 1 : previous + 1;
    }
}
