package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobRunner;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * What the admin API asks of runs, through the {@link JobRunner} the CLI and JMX use: a launch or a restart runs on a
 * thread of its own and is answered as soon as its execution exists (a refusal is thrown before anything runs); a
 * stop is asked as the {@code stop} command asks it ({@link JobRunner#stop}). Each answer is the execution as the job repository holds it,
 * never the live object the run is changing.
 */
final class ApiRuns implements AutoCloseable {

    private final JobRunner runner;
    private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("api-run-");

    ApiRuns(JobRunner runner) {
        this.runner = runner;
    }

    /** Starts a new run of {@code jobName}, recorded as launched by {@code api:<principal>}. */
    JobExecution launch(String jobName, Map<String, String> parameters, String principal) throws Exception {
        Map<String, String> withLauncher = new LinkedHashMap<>(parameters);
        withLauncher.put(JobRunner.LAUNCHED_BY, "api:" + principal);
        return runner.execution(runner.launch(jobName, withLauncher, executor).getId());
    }

    /**
     * Restarts a FAILED, STOPPED or abandoned execution, recorded as restarted by {@code api:<principal>}; one still
     * running is refused by the job's run lock.
     */
    JobExecution restart(long executionId, String principal) throws Exception {
        JobExecution execution = runner.execution(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new JobInstanceAlreadyCompleteException(describe(execution) + " is COMPLETED: there is nothing to restart");
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new JobRestartException(describe(execution) + " is ABANDONED: it cannot be restarted");
        }
        return runner.execution(runner.restart(executionId, executor, "api:" + principal).getId());
    }

    /** Asks a running execution, in this process or another, to stop at its next boundary. */
    JobExecution stop(long executionId) throws Exception {
        JobExecution execution = runner.execution(executionId);
        if (!execution.isRunning()) {
            throw new JobExecutionNotRunningException(describe(execution) + " is " + execution.getStatus() + ", not running:"
                    + " there is nothing to stop");
        }
        runner.stop(executionId);
        return runner.execution(executionId);
    }

    private static String describe(JobExecution execution) {
        return "Execution " + execution.getId() + " of " + execution.getJobInstance().getJobName();
    }

    @Override
    public void close() {
        executor.close();
    }
}
