package io.cxonebatch.bootstrap.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
import io.cxonebatch.bootstrap.embedded.RuntimeRoleGrants;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL for measuring stages: the product's own embedded server (so with its settings, fsync and
 * synchronous commit on, as the job's is) on a new directory, migrated by the project's Flyway scripts, behind a
 * Hikari pool as the product's.
 */
final class StageDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer server;
    private final HikariDataSource dataSource;

    private StageDatabase(EmbeddedPostgresServer server, HikariDataSource dataSource) {
        this.server = server;
        this.dataSource = dataSource;
    }

    static StageDatabase start(Path directory) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.toAbsolutePath());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl("postgres"));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("bench-stages");
        dataSource.setMaximumPoolSize(8);
        // As the product migrates: as the superuser, then the runtime role's grants.
        Flyway.configure().dataSource(server.jdbcUrl("postgres"), server.superuser(), server.superuserPassword())
                .locations("classpath:db/migration").callbacks(new RuntimeRoleGrants()).load().migrate();
        return new StageDatabase(server, dataSource);
    }

    /**
     * The superuser's connection, for what the runtime role may not do (a bench's own scratch tables); with
     * {@code rewriteBatches} the driver sends a batch of inserts as multi-row statements.
     */
    java.sql.Connection superuserConnection(boolean rewriteBatches) throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", server.superuser());
        properties.setProperty("password", server.superuserPassword());
        properties.setProperty("reWriteBatchedInserts", Boolean.toString(rewriteBatches));
        return java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"), properties);
    }

    /** Where the runtime role connects, for a writer process of its own. */
    String jdbcUrl() {
        return server.jdbcUrl("postgres");
    }

    String username() {
        return server.username();
    }

    String password() {
        return server.password();
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        server.close();
    }
}
