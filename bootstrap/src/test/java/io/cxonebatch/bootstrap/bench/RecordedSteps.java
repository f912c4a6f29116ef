package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long a finished run's job and each of its steps took, as Spring Batch recorded them in the run's own database
 * ({@code batch_job_execution}, {@code batch_step_execution}): the child has exited, so its embedded PostgreSQL is
 * started again on its data dir, with the product's own server class, read, and stopped.
 *
 * @param job from the job's start to its end, as recorded: the run's wall time less JVM start, PostgreSQL start and
 *     Flyway
 */
record RecordedSteps(Duration job, List<Step> steps) {

    private static final String LAST_JOB = "SELECT max(job_execution_id) FROM batch_job_execution";
    private static final String JOB = "SELECT start_time, end_time FROM batch_job_execution WHERE job_execution_id = ";
    private static final String STEPS = "SELECT step_name, start_time, end_time, read_count, write_count, commit_count"
            + " FROM batch_step_execution WHERE job_execution_id = %d ORDER BY step_execution_id";

    /** One step as recorded: its duration and its counts. */
    record Step(String name, Duration took, long read, long written, long commits) {
    }

    /** The last job execution recorded under {@code dataDir} (the data dir given to the child). */
    static RecordedSteps of(Path dataDir) throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir.resolve("postgres").toAbsolutePath());
                Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
                Statement statement = connection.createStatement()) {
            long execution;
            try (ResultSet rows = statement.executeQuery(LAST_JOB)) {
                rows.next();
                execution = rows.getLong(1);
            }
            Duration job;
            try (ResultSet rows = statement.executeQuery(JOB + execution)) {
                rows.next();
                job = between(rows.getTimestamp(1), rows.getTimestamp(2));
            }
            List<Step> steps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(String.format(STEPS, execution))) {
                while (rows.next()) {
                    steps.add(new Step(rows.getString(1), between(rows.getTimestamp(2), rows.getTimestamp(3)), rows.getLong(4),
                            rows.getLong(5), rows.getLong(6)));
                }
            }
            return new RecordedSteps(job, steps);
        }
    }

    private static Duration between(@Nullable Timestamp start, @Nullable Timestamp end) {
        return start == null || end == null ? Duration.ZERO : Duration.between(start.toInstant(), end.toInstant());
    }
}
