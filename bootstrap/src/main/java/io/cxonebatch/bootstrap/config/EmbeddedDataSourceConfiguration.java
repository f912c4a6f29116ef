package io.cxonebatch.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
import io.cxonebatch.bootstrap.embedded.RuntimeRoleGrants;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without a configured data source the product runs on an embedded PostgreSQL, a real server whose data lives
 * under {@code <data-dir>/postgres} and survives restarts. A configured {@code spring.datasource.url} wins.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceConfigured.class)
class EmbeddedDataSourceConfiguration {

    /** The server started early by the command line ({@link EarlyEmbeddedPostgres}) when there is one, else started here. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(CxoneBatchProperties properties, ObjectProvider<StartingEmbeddedPostgres> early) {
        Path directory = serverDirectory(properties.dataDir());
        StartingEmbeddedPostgres starting = early.getIfAvailable();
        @Nullable EmbeddedPostgresServer started = starting == null ? null : starting.take(directory);
        return started != null ? started : EmbeddedPostgresServer.start(directory);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl("postgres"));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        // Lets a process that is about to stop the server see that this one still uses it.
        dataSource.addDataSourceProperty("ApplicationName", EmbeddedPostgresServer.CLIENT_NAME_PREFIX + ProcessHandle.current().pid());
        dataSource.setPoolName("cxone-batch-embedded");
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }

    /** Migrations run as the superuser that owns the schema; each ends with the runtime role's grants. */
    @Bean
    FlywayConfigurationCustomizer embeddedMigrationsAsOwner(EmbeddedPostgresServer server) {
        return configuration -> configuration.dataSource(server.jdbcUrl("postgres"), server.superuser(), server.superuserPassword())
                .callbacks(new RuntimeRoleGrants());
    }

    static Path serverDirectory(Path dataDir) {
        return dataDir.resolve("postgres").toAbsolutePath();
    }
}
