package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.RunLocks.RunLock;
import io.cxonebatch.adapters.persistence.RunLocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
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
 * Starts and restarts jobs the way the CLI, JMX, the admin API and Quartz all need: every start is a new job instance
 * (so a plan can be run again), one run of a job at a time across every process on the database (a run lock held for
 * the run's life), and an execution left STARTED by a process that is gone is recovered before anything else runs.
 */
public class JobRunner {

    /** Added to every start so that each run is its own job instance. */
    public static final String RUN_ID = "run.id";
    /** Who asked for the run: {@code cli:<os user>}, {@code jmx:<principal>}, {@code api:<principal>}, {@code quartz:<trigger>}. */
    public static final String LAUNCHED_BY = "launched.by";

    /** How far back a recovered firing looks for the run it started. */
    private static final int RECENT_INSTANCES = 50;
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunGate gate;

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository, RunLocks runLocks) {
        this.jobs = new TreeMap<>();
        jobs.forEach(job -> this.jobs.put(job.getName(), job));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.gate = new RunGate(runLocks, jobRepository, jobOperator);
    }

    public List<String> jobNames() {
        return List.copyOf(jobs.keySet());
    }

    public boolean hasJob(String name) {
        return jobs.containsKey(name);
    }

    /** Runs a new instance of the job and waits for it. */
    public JobExecution start(String jobName, Map<String, String> parameters) throws Exception {
        Job job = job(jobName);
        try (RunLock lock = gate.enter(jobName, Duration.ZERO)) {
            return jobOperator.start(job, parametersOf(jobName, parameters));
        }
    }

    /**
     * Starts a new instance of the job on {@code executor} and returns its execution as soon as it exists, for callers
     * that must answer before the run ends (the admin API). A refusal (unknown job, bad parameters, already running)
     * is thrown here, before anything runs.
     */
    public JobExecution launch(String jobName, Map<String, String> parameters, Executor executor) throws Exception {
        Job job = job(jobName);
        RunLock lock = gate.enter(jobName, Duration.ZERO);
        JobParameters jobParameters;
        try {
            jobParameters = parametersOf(jobName, parameters);
        } catch (Exception e) {
            lock.close();
            throw e;
        }
        return BackgroundRun.start(executor, lock, () -> jobOperator.start(job, jobParameters));
    }

    /**
     * {@link #restart(long, String)} on {@code executor}, returning the new execution as soon as it exists. A refusal
     * (unknown execution, already running, nothing to restart) is thrown here.
     */
    public JobExecution restart(long executionId, Executor executor, String requestedBy) throws Exception {
        String jobName = execution(executionId).getJobInstance().getJobName();
        return BackgroundRun.start(executor, gate.enter(jobName, Duration.ZERO),
                () -> RestartRequests.during(requestedBy, () -> jobOperator.restart(execution(executionId))));
    }

    /**
     * Restarts a FAILED or STOPPED execution where it stopped. An execution still marked STARTED or STOPPING whose
     * process is gone (killed, crashed, on any host) is first marked FAILED, so it can be restarted.
     *
     * @param requestedBy who asks, as {@link #LAUNCHED_BY} names a launcher ({@code cli:<user>}, {@code jmx:<principal>});
     *     the restarted run's audit records it beside the parameters it keeps
     */
    public JobExecution restart(long executionId, String requestedBy) throws Exception {
        JobExecution execution = execution(executionId);
        String jobName = execution.getJobInstance().getJobName();
        try (RunLock lock = gate.enter(jobName, Duration.ZERO)) {
            return RestartRequests.during(requestedBy, () -> jobOperator.restart(execution(executionId)));
        }
    }

    /** What {@link #stop} did. */
    public enum StopOutcome {
        /** The run was asked to stop at its next chunk boundary; it ends STOPPED, restartable. */
        REQUESTED,
        /** Nobody ran it any more (its process is gone): it is marked FAILED at once, restartable. */
        ABANDONED_MARKED_FAILED
    }

    /**
     * Asks a running execution to stop, wherever it runs, without stepping on the process that runs it. Spring Batch's
     * own stop also writes the execution's end time, exit status, context and running steps from here, with what this
     * process last read: on a run alive in another process that claims it STOPPED while it still works, and overwrites
     * what the owner wrote. So only this process's runs get that stop; another's is only marked STOPPING, which its
     * owner notices at the next chunk boundary and ends STOPPED itself. A run whose lock is free has no owner any more
     * and is marked FAILED, so that it can be restarted.
     */
    public StopOutcome stop(long executionId) throws Exception {
        JobExecution execution = execution(executionId);
        if (!execution.isRunning()) {
            throw new org.springframework.batch.core.launch.JobExecutionNotRunningException("Execution " + executionId + " is "
                    + execution.getStatus() + ", not running; nothing to stop");
        }
        String jobName = execution.getJobInstance().getJobName();
        Optional<RunLock> free = gate.enterIfFree(jobName);
        if (free.isPresent()) {
            free.get().close();
            return StopOutcome.ABANDONED_MARKED_FAILED;
        }
        if (RunOwner.current().equals(RunGate.ownerOf(execution))) {
            jobOperator.stop(execution);
        } else {
            execution.setStatus(BatchStatus.STOPPING);
            jobRepository.update(execution);
        }
        return StopOutcome.REQUESTED;
    }

    /**
     * Runs the work of one firing of a schedule, named by its {@link #LAUNCHED_BY}, once: started if no run of that
     * firing exists, left alone if it ended, restarted where it stopped if its process died. The last is Quartz's
     * recovery of a firing whose node died; the second keeps a firing that a cluster delivers twice from running twice.
     * The run lock is waited for up to {@code patience}: a dead node's lock outlives it until PostgreSQL notices.
     */
    public JobExecution runFiring(String jobName, Map<String, String> parameters, Duration patience) throws Exception {
        Job job = job(jobName);
        String firing = parameters.getOrDefault(LAUNCHED_BY, "");
        try (RunLock lock = gate.enter(jobName, patience)) {
            Optional<JobExecution> earlier = lastExecutionLaunchedBy(jobName, firing);
            if (earlier.isEmpty()) {
                return jobOperator.start(job, parametersOf(jobName, parameters));
            }
            JobExecution execution = earlier.get();
            if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
                log.info("The run of {} fired as {} already ended {} (execution {}); nothing to resume", jobName, firing,
                        execution.getStatus(), execution.getId());
                return execution;
            }
            log.warn("Resuming execution {} of {} ({}), which its node left unfinished", execution.getId(), jobName, firing);
            return RestartRequests.during(firing, () -> jobOperator.restart(execution));
        }
    }

    private Optional<JobExecution> lastExecutionLaunchedBy(String jobName, String launchedBy) {
        if (launchedBy.isEmpty()) {
            return Optional.empty();
        }
        for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, RECENT_INSTANCES)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && launchedBy.equals(last.getJobParameters().getString(LAUNCHED_BY))) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private Job job(String jobName) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw new NoSuchJobException(jobName, jobNames());
        }
        return job;
    }

    private JobParameters parametersOf(String jobName, Map<String, String> parameters) throws Exception {
        JobParametersBuilder builder = new JobParametersBuilder();
        parameters.forEach(builder::addString);
        builder.addLong(RUN_ID, nextRunId(jobName));
        JobParameters jobParameters = builder.toJobParameters();
        // Checked before the launch, which would otherwise record a job instance that never ran.
        job(jobName).getJobParametersValidator().validate(jobParameters);
        return jobParameters;
    }

    /** The execution as the job repository holds it, steps included; {@link NoSuchExecutionException} when it has none. */
    public JobExecution execution(long executionId) {
        return execution(jobRepository, executionId);
    }

    /** The execution of that id, for callers that have a job repository and no jobs; an unknown id fails naming it. */
    public static JobExecution execution(JobRepository jobRepository, long executionId) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new NoSuchExecutionException(executionId);
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
