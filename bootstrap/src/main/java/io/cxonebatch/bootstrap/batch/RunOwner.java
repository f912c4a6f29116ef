package io.cxonebatch.bootstrap.batch;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Records which process runs a job execution ({@code host:pid}), so that a restart can tell a crashed run from
 * one still running elsewhere. Every job registers it. The owner is saved at once: the job's execution context is
 * otherwise first written when its first step ends, and a run killed before that would have no owner, which
 * neither {@code run} nor {@code restart} would then dare to recover.
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

    /** True when the owner ran on this host and its process is gone. */
    static boolean isDeadOnThisHost(String owner) {
        int colon = owner.lastIndexOf(':');
        if (colon < 0 || !owner.substring(0, colon).equals(hostName())) {
            return false;
        }
        try {
            long pid = Long.parseLong(owner.substring(colon + 1));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
