package io.cxonebatch.bootstrap.config;

import com.zaxxer.hikari.HikariDataSource;
import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
import javax.sql.DataSource;
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

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(CxoneBatchProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres").toAbsolutePath());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl("postgres"));
        dataSource.setUsername(server.username());
        dataSource.setPoolName("cxone-batch-embedded");
        dataSource.setMaximumPoolSize(16);
        return dataSource;
    }
}
