package io.cxonebatch.bootstrap.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/** The executions the API lists, as the job repository holds them. */
final class RecentExecutions {

    /** How many of a job's newest instances are searched for its last execution. */
    private static final int INSTANCES_SEARCHED = 20;

    private final JobRepository repository;

    RecentExecutions(JobRepository repository) {
        this.repository = repository;
    }

    /** The newest execution of the job; an instance whose launch was refused has none, so look further back. */
    Optional<JobExecution> last(String jobName) {
        for (JobInstance instance : repository.getJobInstances(jobName, 0, INSTANCES_SEARCHED)) {
            JobExecution execution = repository.getLastJobExecution(instance);
            if (execution != null) {
                return Optional.of(execution);
            }
        }
        return Optional.empty();
    }

    /** At most {@code limit} executions of these jobs, newest first: those of each job's {@code limit} newest instances. */
    List<JobExecution> of(List<String> jobNames, int limit) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : jobNames) {
            for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        return executions.subList(0, Math.min(limit, executions.size()));
    }
}
