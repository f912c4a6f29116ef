package io.cxonebatch.bootstrap.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
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
        dataSource.setPoolName("bench-stages");
        dataSource.setMaximumPoolSize(4);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new StageDatabase(server, dataSource);
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
