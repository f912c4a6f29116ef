package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.RunLocks.RunLock;
import io.cxonebatch.adapters.persistence.RunLocks;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The way into a run of a job: its run lock (one run of a job at a time across every process), and, once it is held,
 * every execution of the job still marked running marked FAILED, since a live process running one would hold the
 * lock. Two runs of one job at once would race on the same campaigns (a CLI run while serve fires, two nodes).
 */
final class RunGate {

    /** How long a start waits for a run lock whose holder has no running execution (see {@link #enter}). */
    private static final Duration SETTLING = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(RunGate.class);

    private final RunLocks runLocks;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    RunGate(RunLocks runLocks, JobRepository jobRepository, JobOperator jobOperator) {
        this.runLocks = runLocks;
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /**
     * The job's lock, abandoned executions recovered. While another process runs the job the start is refused once
     * {@code patience} is spent. A lock held while no execution of the job is running belongs to a run that is
     * starting, or to one that has just ended and not yet let go (a restart right after a stop): that is waited out at
     * least {@link #SETTLING}.
     */
    RunLock enter(String jobName, Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            Optional<RunLock> lock = enterIfFree(jobName);
            if (lock.isPresent()) {
                return lock.get();
            }
            Optional<JobExecution> running = jobRepository.findRunningJobExecutions(jobName).stream().findFirst()
                    .map(execution -> JobRunner.execution(jobRepository, execution.getId()));
            long waited = System.nanoTime() - started;
            if (running.isPresent() && waited >= patience.toNanos()) {
                JobExecution execution = running.get();
                String owner = ownerOf(execution);
                throw new JobAlreadyRunningException("Job " + jobName + " is already running: execution " + execution.getId()
                        + (owner.isEmpty() ? "" : " in process " + owner) + ". Wait for it, or stop it with 'cxone-batch stop "
                        + execution.getId() + "'.");
            }
            if (running.isEmpty() && waited >= Math.max(patience.toNanos(), SETTLING.toNanos())) {
                throw new JobAlreadyRunningException("Job " + jobName + " is already running (it is starting or ending). Wait for it.");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The job's lock when nobody holds it now, abandoned executions recovered; empty while a process runs the job. */
    Optional<RunLock> enterIfFree(String jobName) {
        Optional<RunLock> lock = runLocks.tryAcquire(jobName);
        lock.ifPresent(held -> recoverAbandoned(jobName));
        return lock;
    }

    /** Under the lock, every execution still marked running has lost its process: each is marked FAILED, restartable. */
    private void recoverAbandoned(String jobName) {
        jobRepository.findRunningJobExecutions(jobName).stream().map(running -> JobRunner.execution(jobRepository, running.getId()))
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .forEach(execution -> {
                    log.warn("Execution {} of {} was left {} by process {}, which is gone; marking it FAILED so it can be restarted",
                            execution.getId(), jobName, execution.getStatus(), ownerOf(execution));
                    jobOperator.recover(execution);
                });
    }

    /** The process recorded as running the execution ({@link RunOwner}), or an empty text. */
    static String ownerOf(JobExecution execution) {
        return execution.getExecutionContext().getString(RunOwner.KEY, "");
    }
}
