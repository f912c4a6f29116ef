package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.RunLocks.RunLock;
import io.cxonebatch.adapters.persistence.RunLocks;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
    /** How long a start waits for a run lock whose holder has no running execution (see {@link #lock}). */
    private static final Duration SETTLING = Duration.ofSeconds(5);
    private static final long LOCK_POLL_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    /** The run being started on this thread, told of its execution as soon as Spring Batch has created it. */
    private static final ThreadLocal<CompletableFuture<JobExecution>> STARTING = new ThreadLocal<>();

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunLocks runLocks;

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository, RunLocks runLocks) {
        this.jobs = new TreeMap<>();
        jobs.forEach(job -> this.jobs.put(job.getName(), job));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.runLocks = runLocks;
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
        try (RunLock lock = lock(jobName)) {
            JobParameters jobParameters = parametersOf(jobName, parameters);
            recoverAbandoned(jobName);
            return jobOperator.start(job, jobParameters);
        }
    }

    /**
     * Starts a new instance of the job on {@code executor} and returns its execution as soon as it exists, for callers
     * that must answer before the run ends (the admin API). A refusal (unknown job, bad parameters, already running)
     * is thrown here, before anything runs.
     */
    public JobExecution launch(String jobName, Map<String, String> parameters, Executor executor) throws Exception {
        Job job = job(jobName);
        RunLock lock = lock(jobName);
        JobParameters jobParameters;
        try {
            jobParameters = parametersOf(jobName, parameters);
        } catch (Exception e) {
            lock.close();
            throw e;
        }
        return runOn(executor, lock, () -> jobOperator.start(job, jobParameters));
    }

    /**
     * {@link #restart(long)} on {@code executor}, returning the new execution as soon as it exists. A refusal (unknown
     * execution, already running, nothing to restart) is thrown here.
     */
    public JobExecution restart(long executionId, Executor executor) throws Exception {
        String jobName = execution(executionId).getJobInstance().getJobName();
        return runOn(executor, lock(jobName), () -> jobOperator.restart(execution(executionId)));
    }

    /**
     * Runs {@code run} on {@code executor} under {@code lock}, which it releases when the run ends, after recovering
     * the job's abandoned executions; returns the execution as soon as Spring Batch has created it, or throws what
     * refused the run before then.
     */
    private JobExecution runOn(Executor executor, RunLock lock, Callable<JobExecution> run) throws Exception {
        String jobName = lock.jobName();
        CompletableFuture<JobExecution> created = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                STARTING.set(created);
                try (lock) {
                    recoverAbandoned(jobName);
                    // A job without RunOwner never announces its execution: it is known, at the latest, once it ends.
                    created.complete(run.call());
                } catch (Exception | Error e) {
                    if (!created.completeExceptionally(e)) {
                        log.error("Run of {} failed: {}", jobName, e.getMessage(), e);
                    }
                } finally {
                    STARTING.remove();
                }
            });
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        try {
            return created.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Called by {@link RunOwner} when an execution has been created on this thread. */
    static void announce(JobExecution execution) {
        CompletableFuture<JobExecution> waiting = STARTING.get();
        if (waiting != null) {
            waiting.complete(execution);
        }
    }

    /**
     * Restarts a FAILED or STOPPED execution where it stopped. An execution still marked STARTED or STOPPING whose
     * process is gone (killed, crashed, on any host) is first marked FAILED, so it can be restarted.
     */
    public JobExecution restart(long executionId) throws Exception {
        JobExecution execution = execution(executionId);
        String jobName = execution.getJobInstance().getJobName();
        try (RunLock lock = lock(jobName)) {
            recoverAbandoned(jobName);
            return jobOperator.restart(execution(executionId));
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
        Optional<RunLock> free = runLocks.tryAcquire(jobName);
        if (free.isPresent()) {
            try (RunLock lock = free.get()) {
                recoverAbandoned(jobName);
                return StopOutcome.ABANDONED_MARKED_FAILED;
            }
        }
        if (RunOwner.current().equals(ownerOf(execution))) {
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
        try (RunLock lock = lock(jobName, patience)) {
            recoverAbandoned(jobName);
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
            return jobOperator.restart(execution);
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

    /**
     * Under the job's run lock, every execution still marked running has lost its process (a live one would hold the
     * lock): marks each FAILED so that it can be restarted, and returns the newest.
     */
    private Optional<JobExecution> recoverAbandoned(String jobName) {
        List<JobExecution> abandoned = jobRepository.findRunningJobExecutions(jobName).stream()
                .map(running -> execution(running.getId())).sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .toList();
        JobExecution newest = null;
        for (JobExecution execution : abandoned) {
            log.warn("Execution {} of {} was left {} by process {}, which is gone; marking it FAILED so it can be restarted",
                    execution.getId(), jobName, execution.getStatus(), ownerOf(execution));
            JobExecution recovered = jobOperator.recover(execution);
            if (newest == null) {
                newest = recovered;
            }
        }
        return Optional.ofNullable(newest);
    }

    private RunLock lock(String jobName) throws InterruptedException {
        return lock(jobName, Duration.ZERO);
    }

    /**
     * Two runs of one job at once would race on the same campaigns (a CLI run while serve fires, two nodes): the second
     * is refused once {@code patience} is spent. A lock held while no execution of the job is running belongs to a run
     * that is starting, or to one that has just ended and not yet let go (a restart right after a stop): that is waited
     * out at least {@link #SETTLING}.
     */
    private RunLock lock(String jobName, Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            Optional<RunLock> lock = runLocks.tryAcquire(jobName);
            if (lock.isPresent()) {
                return lock.get();
            }
            Optional<JobExecution> running = jobRepository.findRunningJobExecutions(jobName).stream().findFirst()
                    .map(execution -> execution(execution.getId()));
            long waited = System.nanoTime() - started;
            if (running.isPresent() && waited >= patience.toNanos()) {
                JobExecution execution = running.get();
                throw new JobAlreadyRunningException("Job " + jobName + " is already running: execution " + execution.getId()
                        + ownerText(execution) + ". Wait for it, or stop it with 'cxone-batch stop " + execution.getId() + "'.");
            }
            if (running.isEmpty() && waited >= Math.max(patience.toNanos(), SETTLING.toNanos())) {
                throw new JobAlreadyRunningException("Job " + jobName + " is already running (it is starting or ending). Wait for it.");
            }
            Thread.sleep(LOCK_POLL_MILLIS);
        }
    }

    private static String ownerText(JobExecution execution) {
        String owner = ownerOf(execution);
        return owner.isEmpty() ? "" : " in process " + owner;
    }

    private static String ownerOf(JobExecution execution) {
        return execution.getExecutionContext().getString(RunOwner.KEY, "");
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
