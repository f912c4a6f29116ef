package io.cxonebatch.bootstrap.config;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The smaller application that the commands which only read the records start ({@code jobs}, {@code status},
 * {@code audit}, {@code schedules}): the data source, embedded or configured, migrated by Flyway before any bean can
 * use it; Spring Batch's job repository; the persistence adapters. No job, CXone client, Quartz, outbox relay or
 * Actuator is built, which is most of what a start of the full application costs.
 *
 * <p>Not a {@code @Configuration}, so that the full application's component scan leaves it out.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, FlywayAutoConfiguration.class})
@Import({EmbeddedDataSourceConfiguration.class, BatchConfiguration.class, PersistenceConfiguration.class})
@EnableConfigurationProperties(CxoneBatchProperties.class)
public class DatabaseOnlyApplication {
}
