package io.cxonebatch.adapters.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates fresh databases on one server. The Flyway migrations run once, into a template database;
 * every migrated database after that is a copy of it ({@code CREATE DATABASE ... TEMPLATE}), which takes
 * a fraction of the time that migrating again would.
 */
final class DatabaseFactory {

    private static final String TEMPLATE = "cxone_template";
    private static final String MAINTENANCE_DATABASE = "postgres";

    private final PostgresServer server;
    private final AtomicInteger created = new AtomicInteger();
    private boolean templateMigrated;

    DatabaseFactory(PostgresServer server) {
        this.server = server;
    }

    synchronized TestDatabase create(boolean migrated) {
        if (migrated) {
            migrateTemplateOnce();
        }
        String name = "cxone_test_" + created.incrementAndGet();
        execute("CREATE DATABASE " + name + (migrated ? " TEMPLATE " + TEMPLATE : ""));
        return database(name);
    }

    void drop(String name) {
        execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
    }

    String description() {
        return server.description();
    }

    private void migrateTemplateOnce() {
        if (templateMigrated) {
            return;
        }
        execute("CREATE DATABASE " + TEMPLATE);
        try {
            Flyway.configure()
                    .dataSource(server.jdbcUrl(TEMPLATE), server.username(), server.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            // A copy fails while anyone is connected to its template, so let nobody connect any more.
            execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE true ALLOW_CONNECTIONS false");
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + TEMPLATE + "'");
        } catch (RuntimeException e) {
            // Leave no half-migrated template behind: the next test gets the same migration error, not a stale copy.
            try {
                execute("ALTER DATABASE " + TEMPLATE + " WITH IS_TEMPLATE false");
                drop(TEMPLATE);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        templateMigrated = true;
    }

    private TestDatabase database(String name) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl(name));
        dataSource.setUser(server.username());
        dataSource.setPassword(server.password());
        return new TestDatabase(name, server.jdbcUrl(name), server.username(), server.password(), dataSource);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl(MAINTENANCE_DATABASE), server.username(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed on " + server.description() + ": " + e.getMessage(), e);
        }
    }
}
