package io.cxonebatch.bootstrap.batch;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newest executions of jobs, by execution id across all their instances: a restart of an old instance is newer
 * than the runs after it, which a walk of the newest instances misses. The ids come from the job repository's
 * tables; each execution is read through the repository, steps included.
 */
public final class ExecutionHistory {

    private static final String NEWEST = """
            SELECT e.job_execution_id FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            WHERE i.job_name IN (:jobNames)
            ORDER BY e.job_execution_id DESC
            LIMIT :limit""";

    private final JdbcClient jdbc;
    private final JobRepository repository;

    public ExecutionHistory(DataSource dataSource, JobRepository repository) {
        this.jdbc = JdbcClient.create(dataSource);
        this.repository = repository;
    }

    /** The job's newest execution; empty when it never ran. */
    public Optional<JobExecution> last(String jobName) {
        return newest(List.of(jobName), 1).stream().findFirst();
    }

    /** At most {@code limit} executions of these jobs, newest first. */
    public List<JobExecution> newest(Collection<String> jobNames, int limit) {
        if (jobNames.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql(NEWEST).param("jobNames", jobNames).param("limit", limit).query(Long.class).list().stream()
                .map(repository::getJobExecution).filter(Objects::nonNull).toList();
    }
}
