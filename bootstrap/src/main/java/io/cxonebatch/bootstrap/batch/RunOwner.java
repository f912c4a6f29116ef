package io.cxonebatch.bootstrap.batch;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Records which process runs a job execution ({@code host:pid}), for the operator's eyes and for this process's
 * graceful stop. Every job registers it. Whether the owner is still alive is not read from it but from the job's run
 * lock ({@link JobRunner}), which holds on any host and in containers that reuse pids. The owner is saved at once: the
 * job's execution context is otherwise first written when its first step ends.
 */
public class RunOwner implements JobExecutionListener {

    static final String KEY = "run.owner";

    private final JobRepository repository;

    public RunOwner(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jobExecution.getExecutionContext().putString(KEY, current());
        repository.updateExecutionContext(jobExecution);
        BackgroundRun.announce(jobExecution);
    }

    /** This process, as {@code host:pid}. */
    public static String current() {
        return hostName() + ":" + ProcessHandle.current().pid();
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+@", "");
        }
    }
}
