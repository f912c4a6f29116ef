package io.cxonebatch.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * One run of a job at a time across every process on the database: a PostgreSQL session advisory lock per job, held
 * on a connection of its own for the run's whole life. PostgreSQL releases it when that session ends, a
 * {@code kill -9} of the owner included, so "the lock is free" is also the proof that an execution still marked
 * STARTED has lost its owner, on any host or container.
 */
public final class RunLocks {

    /** The first key of every lock this product takes, so that its locks never meet another application's. */
    private static final int NAMESPACE = 0x0C0B_A7C4;

    private final DataSource dataSource;

    public RunLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock of {@code jobName}, or empty when another session holds it. Never waits. */
    public Optional<RunLock> tryAcquire(String jobName) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement session = connection.createStatement()) {
                // A host that vanishes without closing its socket must not hold the lock for the OS's two-hour default.
                session.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
            }
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, NAMESPACE);
                lock.setString(2, jobName);
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        RunLock held = new RunLock(jobName, connection);
                        connection = null;
                        return Optional.of(held);
                    }
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the run lock of " + jobName + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The connection is being given up; closing it is all that was left to do.
            }
        }
    }

    /** A held run lock; {@link #close()} releases it. */
    public static final class RunLock implements AutoCloseable {

        private final String jobName;
        private final Connection connection;

        private RunLock(String jobName, Connection connection) {
            this.jobName = jobName;
            this.connection = connection;
        }

        public String jobName() {
            return jobName;
        }

        @Override
        public void close() {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
                unlock.setInt(1, NAMESPACE);
                unlock.setString(2, jobName);
                unlock.execute();
                closeQuietly(connection);
            } catch (SQLException e) {
                // A pooled connection goes back to the pool with its session, and the lock with it: end the session.
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    closeQuietly(connection);
                }
            }
        }
    }
}
